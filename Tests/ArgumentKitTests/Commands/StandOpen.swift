import ArgumentKit

/// A small leaf under a nested group, with an exact help layout under test.
struct StandOpen: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "open",
        abstract: "Open a stand for the day.",
        arguments: [
            .option("at", value: "PLACE", help: "Where the stand is."),
            .flag("quiet", help: "Print nothing on success."),
            .positional("name", help: "The stand's name."),
        ]
    )

    init(parsed: ParsedArguments) throws {}
    func run() throws {}
}
