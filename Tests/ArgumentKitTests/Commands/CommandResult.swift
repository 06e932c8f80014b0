@testable import ArgumentKit

/// What one run of the test tool produced: exit code, output text, error text.
struct CommandResult {
    let exitCode: ExitCode
    let output: String
    let errors: String

    /// Runs `FieldKit` (or `root`) with `words` after a program path, capturing both sinks.
    static func make(_ words: [String], root: any ParsableCommand.Type = FieldKit.self,
                     program: String = "/usr/local/bin/fieldkit") -> CommandResult {
        let output = CapturedText(), errors = CapturedText()
        let code = CommandRunner.run(root, arguments: [program] + words, output: output, errors: errors)
        return CommandResult(exitCode: code, output: output.text, errors: errors.text)
    }

    /// Parses `words` without running anything; fails the test unless a command would run.
    static func parse(_ words: [String]) throws -> ParsedArguments {
        let parser = CommandLineParser(root: FieldKit.self, programName: "fieldkit")
        guard case .run(_, let arguments) = try parser.parse(words) else {
            throw CommandError("expected a command to run", exitCode: .software)
        }
        return arguments
    }
}
