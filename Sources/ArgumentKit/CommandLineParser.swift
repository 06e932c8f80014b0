/// Turns the words after the program name into an `Invocation`.
///
/// Order matters: subcommands are resolved first, then `--help`/`-h` wins over
/// everything (so help works even when the rest of the line is wrong), then
/// `--version` on the root, and only then are the command's own arguments parsed.
struct CommandLineParser {
    let root: any ParsableCommand.Type
    let programName: String

    /// Where subcommand resolution stopped.
    private struct Resolution {
        var command: any ParsableCommand.Type
        var path: [String]
        var remaining: [String]
        /// True when a `help` word was seen (`fieldkit help stand open`).
        var helpWord: Bool
    }

    func parse(_ words: [String]) throws(UsageFailure) -> Invocation {
        let resolution = resolve(words)
        let configuration = resolution.command.configuration
        let optionWords = Self.beforeTerminator(resolution.remaining)
        if optionWords.contains("--help") || optionWords.contains("-h") {
            return .help(command: resolution.command, path: resolution.path)
        }
        if resolution.helpWord {
            if let word = optionWords.first(where: { !$0.hasPrefix("-") }) {
                throw .unknownCommand(word, of: configuration, path: resolution.path)
            }
            return .help(command: resolution.command, path: resolution.path)
        }
        if resolution.path.count == 1, let version = configuration.version, optionWords.contains("--version") {
            return .version(version)
        }
        if configuration.isGroup {
            throw groupFailure(resolution)
        }
        var scanner = ArgumentScanner(configuration: configuration, commandPath: resolution.path,
                                      acceptsVersion: resolution.path.count == 1 && configuration.version != nil)
        let parsed = try scanner.scan(resolution.remaining)
        return .run(command: resolution.command, arguments: parsed)
    }

    /// Walks the leading words while they name a subcommand of the current command.
    ///
    /// A `help` word inside a group (that has no `help` subcommand of its own)
    /// switches to help mode and the walk continues.
    private func resolve(_ words: [String]) -> Resolution {
        var resolution = Resolution(command: root, path: [programName], remaining: [], helpWord: false)
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            let configuration = resolution.command.configuration
            if let subcommand = configuration.subcommand(named: word) {
                resolution.command = subcommand
                resolution.path.append(word)
            } else if word == "help", configuration.isGroup, !resolution.helpWord {
                resolution.helpWord = true
            } else {
                break
            }
            index += 1
        }
        resolution.remaining = Array(words[index...])
        return resolution
    }

    /// Why a group cannot run: the first stray word or option, else the missing subcommand.
    private func groupFailure(_ resolution: Resolution) -> UsageFailure {
        let configuration = resolution.command.configuration
        var optionsEnded = false
        for word in resolution.remaining {
            if !optionsEnded, word == "--" {
                optionsEnded = true
            } else if !optionsEnded, word.hasPrefix("-"), word != "-" {
                var candidates = ["--help"]
                if resolution.path.count == 1, configuration.version != nil { candidates.append("--version") }
                return .unknownOption(word, candidates: candidates, path: resolution.path)
            } else {
                return .unknownCommand(word, of: configuration, path: resolution.path)
            }
        }
        return .missingSubcommand(of: configuration, path: resolution.path)
    }

    /// The words before a `--` terminator; only these can be options.
    static func beforeTerminator(_ words: [String]) -> ArraySlice<String> {
        words.prefix(while: { $0 != "--" })
    }
}
