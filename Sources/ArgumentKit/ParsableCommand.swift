/// A command or subcommand of a command-line tool: one type per command.
///
/// The parser resolves the command from the words on the command line, builds
/// it with `init(parsed:)`, then calls `run()`.
///
/// A command with subcommands is a *group*. Its `init(parsed:)` and `run()`
/// are never called: invoking a group without a subcommand is a usage error
/// (exit 64) that lists its subcommands, and a group's own `arguments` are
/// not parsed. Groups implement both requirements trivially.
///
/// `SendableMetatype` lets `CommandConfiguration` (which is `Sendable`) hold
/// subcommand types; it only rules out main-actor-isolated conformances.
public protocol ParsableCommand: SendableMetatype {
    /// Name, abstract, arguments and subcommands.
    static var configuration: CommandConfiguration { get }

    /// Builds the command from what was parsed; throws `CommandError` for invalid values.
    ///
    /// Runs before anything touches storage, so bad input fails cleanly.
    init(parsed: ParsedArguments) throws

    /// Does the work; throws `CommandError` (or any `Error`) to fail.
    func run() throws
}
