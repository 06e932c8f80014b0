/// What a command is called, what it does in one line, and what it accepts.
///
/// Help text, usage errors and subcommand lookup are all derived from this,
/// so a command never formats its own `--help`.
public struct CommandConfiguration: Sendable {
    /// The word that selects this command under its parent (`log` in `fieldkit log`).
    public var name: String
    /// One line, shown in the parent's command list and at the top of `--help`.
    public var abstract: String
    /// Optional extra paragraphs at the end of `--help`, printed as written (examples etc.).
    public var discussion: String
    /// Options, flags and positionals, in the order help should list them.
    public var arguments: [ArgumentSpec]
    /// Child commands. A command with subcommands is a group: it never runs itself.
    public var subcommands: [any ParsableCommand.Type]
    /// The version printed by `--version`; only read on the root command.
    public var version: String?

    public init(
        name: String,
        abstract: String,
        discussion: String = "",
        arguments: [ArgumentSpec] = [],
        subcommands: [any ParsableCommand.Type] = [],
        version: String? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.subcommands = subcommands
        self.version = version
    }

    /// True when this command only dispatches to subcommands.
    var isGroup: Bool { !subcommands.isEmpty }

    /// The subcommand called `name`, if any.
    func subcommand(named name: String) -> (any ParsableCommand.Type)? {
        subcommands.first { $0.configuration.name == name }
    }

    /// The spec for the option or flag `name` (without dashes), if any.
    func namedArgument(_ name: String) -> ArgumentSpec? {
        arguments.first { !$0.isPositional && $0.name == name }
    }

    var positionals: [ArgumentSpec] { arguments.filter(\.isPositional) }
}
