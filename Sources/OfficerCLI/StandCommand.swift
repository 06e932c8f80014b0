import ArgumentKit

/// `fieldkit stand`: the group of stand commands.
struct StandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "stand",
        abstract: "Open, close and list stands.",
        subcommands: [StandOpenCommand.self, StandCloseCommand.self, StandListCommand.self])

    init(parsed: ParsedArguments) {}

    func run() {}
}
