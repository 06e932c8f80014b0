/// A command-line mistake found by the parser, tied to the command whose help explains it.
///
/// `CommandRunner` prints it as `fieldkit log: <message>; see 'fieldkit log --help'`
/// and exits 64.
struct UsageFailure: Error, Equatable {
    /// The program name and subcommand words of the command that was being parsed.
    let commandPath: [String]
    /// One line, without the command prefix or the help pointer.
    let message: String

    /// An option nobody declared, with the closest declared name as a hint.
    static func unknownOption(_ token: String, candidates: [String], path: [String]) -> UsageFailure {
        let spelled = String(token.prefix(while: { $0 != "=" }))
        let hint = Suggestion.hint(for: spelled, among: candidates)
        return UsageFailure(commandPath: path, message: "unknown option '\(spelled)'\(hint)")
    }

    /// A word that names no subcommand of a group, with the closest subcommand as a hint.
    static func unknownCommand(_ word: String, of configuration: CommandConfiguration, path: [String]) -> UsageFailure {
        let names = configuration.subcommands.map { $0.configuration.name }
        let hint = Suggestion.hint(for: word, among: names)
        return UsageFailure(commandPath: path, message: "unknown command '\(word)'\(hint)")
    }

    /// A group invoked on its own, listing what it could have been followed by.
    static func missingSubcommand(of configuration: CommandConfiguration, path: [String]) -> UsageFailure {
        let names = configuration.subcommands.map { $0.configuration.name }.joined(separator: ", ")
        return UsageFailure(commandPath: path, message: "missing subcommand; use one of: \(names)")
    }
}
