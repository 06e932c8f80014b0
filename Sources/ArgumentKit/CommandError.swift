/// An error meant for the person at the keyboard: one line, and the exit code to leave with.
///
/// Commands throw it from `init(parsed:)` or `run()`; `CommandRunner` prints
/// the message after the program name and exits with `exitCode`.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line saying what went wrong and, where possible, what to do instead.
    public let message: String
    /// The sysexits code the process ends with.
    public let exitCode: ExitCode

    public init(_ message: String, exitCode: ExitCode) {
        self.message = message
        self.exitCode = exitCode
    }

    /// A command-line mistake (exit 64); the runner adds a pointer to `--help`.
    public static func usage(_ message: String) -> CommandError {
        CommandError(message, exitCode: .usage)
    }

    public var description: String { message }
}
