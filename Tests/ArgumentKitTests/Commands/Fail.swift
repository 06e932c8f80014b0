import ArgumentKit

/// A command that fails on request, to test how the runner reports errors.
///
/// `--code N --message M` throws `CommandError(M, exitCode: N)` from `run()`;
/// `--generic` throws a plain error; `--in-init` throws a usage error while building.
struct Fail: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "fail",
        abstract: "Fail in a chosen way.",
        arguments: [
            .option("code", value: "CODE", help: "Exit code for the CommandError."),
            .option("message", value: "TEXT", help: "Message for the CommandError."),
            .flag("generic", help: "Throw an error that is not a CommandError."),
            .flag("in-init", help: "Throw a usage error from init."),
        ]
    )

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) throws {
        if parsed.flag("in-init") { throw CommandError.usage("--in-init was given") }
        self.parsed = parsed
    }

    func run() throws {
        if parsed.flag("generic") { throw DiskFailure() }
        let code = try parsed.int("code").flatMap { ExitCode(rawValue: Int32($0)) } ?? .failure
        throw CommandError(parsed.string("message") ?? "failed", exitCode: code)
    }
}
