import ArgumentKit

/// A leaf with no arguments at all.
struct StandClose: ParsableCommand {
    static let configuration = CommandConfiguration(name: "close", abstract: "Close the open stand.")

    init(parsed: ParsedArguments) throws {}
    func run() throws {}
}
