/// Reads one command's words against its declared arguments.
///
/// Long options only: `--name value` or `--name=value`. The word after a
/// value-taking option is its value unless it starts with `--`, so negative
/// numbers (`--lat -33.9`) work. `--` ends options; later words are positionals.
struct ArgumentScanner {
    let configuration: CommandConfiguration
    let commandPath: [String]
    /// Whether `--version` is a known name here, for suggestions.
    let acceptsVersion: Bool

    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []
    private var words: [String] = []

    init(configuration: CommandConfiguration, commandPath: [String], acceptsVersion: Bool = false) {
        self.configuration = configuration
        self.commandPath = commandPath
        self.acceptsVersion = acceptsVersion
    }

    /// Parses `tokens` and checks required options and positionals.
    mutating func scan(_ tokens: [String]) throws(UsageFailure) -> ParsedArguments {
        var index = 0
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if optionsEnded || !Self.looksLikeOption(token) {
                words.append(token)
            } else if token == "--" {
                optionsEnded = true
            } else if try scanOption(token, next: next) {
                index += 1
            }
            index += 1
        }
        try checkRequiredOptions()
        let positionals = try assignPositionals()
        return ParsedArguments(commandPath: commandPath, options: options, flags: flags,
                               positionals: positionals,
                               positionalNames: Set(configuration.positionals.map(\.name)),
                               positionalLists: repeatedPositionals())
    }

    /// Records one option or flag; returns true when it consumed `next` as its value.
    private mutating func scanOption(_ token: String, next: String?) throws(UsageFailure) -> Bool {
        let body = token.dropFirst(2)
        let name = String(body.prefix(while: { $0 != "=" }))
        let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
        guard token.hasPrefix("--"), let spec = configuration.namedArgument(name) else {
            throw .unknownOption(token, candidates: knownNames, path: commandPath)
        }
        guard case .option(_, let repeating, _) = spec.kind else {
            guard inline == nil else { throw failure("\(spec.label) does not take a value") }
            flags.insert(name)
            return false
        }
        if !repeating, options[name] != nil {
            throw failure("\(spec.label) given more than once")
        }
        if let inline {
            options[name, default: []].append(inline)
            return false
        }
        guard let next, !next.hasPrefix("--") else {
            throw failure("missing value for \(spec.label)")
        }
        options[name, default: []].append(next)
        return true
    }

    /// Fails with `missing --topic` for the first required option not given.
    private func checkRequiredOptions() throws(UsageFailure) {
        for spec in configuration.arguments {
            if case .option(_, _, true) = spec.kind, options[spec.name] == nil {
                throw failure("missing \(spec.label)")
            }
        }
    }

    /// Matches the collected words to positionals in declaration order.
    private func assignPositionals() throws(UsageFailure) -> [String: String] {
        let specs = configuration.positionals
        if words.count > specs.count, specs.last?.repeats != true {
            throw failure("unexpected argument '\(words[specs.count])'")
        }
        var values: [String: String] = [:]
        for (offset, spec) in specs.enumerated() {
            if offset < words.count {
                values[spec.name] = words[offset]
            } else if case .positional(optional: false) = spec.kind {
                throw failure("missing \(spec.label)")
            }
        }
        return values
    }

    /// The words of a repeating last positional (`ID...`), from its position on.
    private func repeatedPositionals() -> [String: [String]] {
        let specs = configuration.positionals
        guard let last = specs.last, last.repeats, words.count >= specs.count else { return [:] }
        return [last.name: Array(words[(specs.count - 1)...])]
    }

    /// Every option spelling valid here, for "did you mean" hints.
    private var knownNames: [String] {
        var names = configuration.arguments.filter { !$0.isPositional }.map(\.label)
        if acceptsVersion { names.append("--version") }
        names.append("--help")
        return names
    }

    private func failure(_ message: String) -> UsageFailure {
        UsageFailure(commandPath: commandPath, message: message)
    }

    /// Whether `token` is meant as an option: `--x`, `--`, or `-x` that is not a number like `-33.9`.
    static func looksLikeOption(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token.count > 1 else { return false }
        return token.hasPrefix("--") || Double(token) == nil
    }
}
