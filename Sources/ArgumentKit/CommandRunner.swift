import Foundation

/// Parses a command line, runs the selected command and turns the outcome into an exit code.
///
/// All user-facing failure text is produced here, one line each:
/// usage mistakes as `fieldkit log: <message>; see 'fieldkit log --help'` (exit 64),
/// other `CommandError`s as `fieldkit: <message>` (their own code),
/// and any other error as `fieldkit: <description>` (exit 70, a bug).
public enum CommandRunner {
    /// Parses `arguments`, runs the command, returns the exit code.
    ///
    /// `arguments[0]` is the program path; its last path component is the program
    /// name used in messages and `ParsedArguments.commandPath`. Help and the
    /// version go to `output`, failures to `errors`.
    public static func run(
        _ root: any ParsableCommand.Type, arguments: [String], output: TextSink, errors: TextSink
    ) -> ExitCode {
        let program = programName(arguments.first, root: root)
        let parser = CommandLineParser(root: root, programName: program)
        let invocation: Invocation
        do {
            invocation = try parser.parse(Array(arguments.dropFirst()))
        } catch {
            errors.write(usageLine(error.message, path: error.commandPath))
            return .usage
        }
        switch invocation {
        case .help(let command, let path):
            output.write(HelpFormatter(command: command, path: path).render())
            return .success
        case .version(let version):
            output.write(version + "\n")
            return .success
        case .run(let command, let parsed):
            return execute(command, parsed: parsed, errors: errors)
        }
    }

    /// For `main.swift`: runs with the process's arguments, stdout and stderr, then exits.
    public static func main(_ root: any ParsableCommand.Type) -> Never {
        let code = run(root, arguments: CommandLine.arguments,
                       output: StandardOutput(), errors: StandardError())
        exit(code.rawValue)
    }

    /// Builds and runs the command, reporting whatever it throws.
    static func execute(_ command: any ParsableCommand.Type, parsed: ParsedArguments, errors: TextSink) -> ExitCode {
        let path = parsed.commandPath
        let program = path.first ?? ""
        do {
            let instance = try command.init(parsed: parsed)
            try instance.run()
            return .success
        } catch let error as CommandError {
            if error.exitCode == .usage {
                errors.write(usageLine(error.message, path: path))
            } else {
                errors.write("\(program): \(oneLine(error.message))\n")
            }
            return error.exitCode
        } catch {
            errors.write("\(program): \(oneLine(String(describing: error)))\n")
            return .software
        }
    }

    /// `fieldkit log: <message>; see 'fieldkit log --help'`, newline-terminated.
    static func usageLine(_ message: String, path: [String]) -> String {
        let command = path.joined(separator: " ")
        return "\(command): \(oneLine(message)); see '\(command) --help'\n"
    }

    /// Collapses line breaks and the blanks around them into single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The last path component of `argv[0]`, or the root's configured name when there is none.
    static func programName(_ path: String?, root: any ParsableCommand.Type) -> String {
        let last = path?.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty ? root.configuration.name : last
    }
}
