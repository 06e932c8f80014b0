import ArgumentKit

/// The root group of the test tool, shaped like the real `fieldkit`.
struct FieldKit: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "fieldkit",
        abstract: "Field notes for community police stands.",
        subcommands: [Log.self, Stand.self, Fail.self],
        version: "0.3.0"
    )

    init(parsed: ParsedArguments) throws {}
    func run() throws {}
}
