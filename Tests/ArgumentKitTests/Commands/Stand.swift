import ArgumentKit

/// A nested group: `fieldkit stand open|close`.
struct Stand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "stand",
        abstract: "Open and close stands.",
        subcommands: [StandOpen.self, StandClose.self]
    )

    init(parsed: ParsedArguments) throws {}
    func run() throws {}
}
