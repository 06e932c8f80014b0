/// The values found on the command line for one command, looked up by argument name.
///
/// Names are given without dashes (`"topic"`), though `"--topic"` works too.
/// Conversions that can fail (`required`, `int`, `double`, `choice`) live in
/// `ParsedArguments+Conversion.swift` and throw usage errors.
public struct ParsedArguments: Sendable {
    /// The program name and the subcommand words, e.g. `["fieldkit", "stand", "open"]`.
    public let commandPath: [String]
    let options: [String: [String]]
    let flags: Set<String>
    let positionals: [String: String]
    let positionalNames: Set<String>
    /// Every word of a repeating positional (`ArgumentSpec.positionals`), by name.
    let positionalLists: [String: [String]]

    init(
        commandPath: [String],
        options: [String: [String]] = [:],
        flags: Set<String> = [],
        positionals: [String: String] = [:],
        positionalNames: Set<String> = [],
        positionalLists: [String: [String]] = [:]
    ) {
        self.commandPath = commandPath
        self.options = options
        self.flags = flags
        self.positionals = positionals
        self.positionalNames = positionalNames.union(positionals.keys)
        self.positionalLists = positionalLists
    }

    /// The last value given for an option, or nil when it was not given.
    public func string(_ name: String) -> String? {
        options[ArgumentSpec.bareName(name)]?.last
    }

    /// Every value given for a repeating option, in command-line order.
    public func strings(_ name: String) -> [String] {
        options[ArgumentSpec.bareName(name)] ?? []
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool {
        flags.contains(ArgumentSpec.bareName(name))
    }

    /// Whether an option or flag was given at all.
    public func has(_ name: String) -> Bool {
        let bare = ArgumentSpec.bareName(name)
        return flags.contains(bare) || options[bare] != nil
    }

    /// The value of a positional argument, or nil when an optional one was left out.
    public func positional(_ name: String) -> String? {
        positionals[ArgumentSpec.bareName(name)]
    }

    /// Every word given for a repeating positional, in order (one word for an ordinary positional).
    public func positionals(_ name: String) -> [String] {
        let bare = ArgumentSpec.bareName(name)
        return positionalLists[bare] ?? positionals[bare].map { [$0] } ?? []
    }

    /// The raw value of an option or positional, whichever `name` refers to.
    func value(_ name: String) -> String? {
        string(name) ?? positional(name)
    }

    /// How `name` appears in messages: `<stand-id>` for positionals, `--topic` otherwise.
    func label(_ name: String) -> String {
        let bare = ArgumentSpec.bareName(name)
        return positionalNames.contains(bare) ? "<\(bare)>" : "--\(bare)"
    }
}
