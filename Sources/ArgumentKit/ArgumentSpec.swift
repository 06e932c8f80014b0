/// One argument a command accepts: a long option with a value, a flag, or a positional.
///
/// Commands list these in their `CommandConfiguration`; the parser reads the
/// command line against them and the help text is generated from them.
public struct ArgumentSpec: Sendable {
    /// What kind of argument this is and how it is spelled on the command line.
    enum Kind: Sendable, Equatable {
        case option(value: String, repeating: Bool, required: Bool)
        case flag
        case positional(optional: Bool)
    }

    /// The name without leading dashes: `topic` for `--topic`, `stand-id` for `<stand-id>`.
    public let name: String
    /// One line for `--help`.
    public let help: String
    let kind: Kind
    /// A positional that takes every remaining word (`ID...`); only the last positional may.
    let repeats: Bool

    init(name: String, help: String, kind: Kind, repeats: Bool = false) {
        self.name = ArgumentSpec.bareName(name)
        self.help = help
        self.kind = kind
        self.repeats = repeats
    }

    /// An option taking a value: `--name VALUE` or `--name=VALUE`.
    ///
    /// A repeating option collects every occurrence; a non-repeating option
    /// given twice is a usage error. A required option is checked by the
    /// parser, before the command is built, and shown unbracketed in usage.
    public static func option(
        _ name: String, value: String = "VALUE", help: String,
        repeating: Bool = false, required: Bool = false
    ) -> ArgumentSpec {
        ArgumentSpec(name: name, help: help,
                     kind: .option(value: value, repeating: repeating, required: required))
    }

    /// A switch with no value: `--name`. Giving it a value (`--name=x`) is a usage error.
    public static func flag(_ name: String, help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, help: help, kind: .flag)
    }

    /// A word matched by position, in declaration order. Optional ones must come last.
    public static func positional(_ name: String, help: String, optional: Bool = false) -> ArgumentSpec {
        ArgumentSpec(name: name, help: help, kind: .positional(optional: optional))
    }

    /// One or more words matched from this position on (`<id> ...`); declare it as the last positional.
    public static func positionals(_ name: String, help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, help: help, kind: .positional(optional: false), repeats: true)
    }

    /// How the argument is named in messages: `--topic` or `<stand-id>`.
    var label: String {
        if case .positional = kind { return "<\(name)>" }
        return "--\(name)"
    }

    var isPositional: Bool {
        if case .positional = kind { return true }
        return false
    }

    /// Drops leading dashes so `"--topic"` and `"topic"` name the same argument.
    static func bareName(_ name: String) -> String {
        String(name.drop(while: { $0 == "-" }))
    }
}
