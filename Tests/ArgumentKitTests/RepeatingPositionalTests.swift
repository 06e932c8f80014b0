import Testing
@testable import ArgumentKit

/// A last positional that takes every remaining word (`fieldkit-server erase ID ... --reason TEXT`).
@Suite struct RepeatingPositionalTests {
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            name: "erase", abstract: "Erase notes.",
            arguments: [.option("reason", value: "text", help: "Why."), .positionals("id", help: "Note ids.")])

        init(parsed: ParsedArguments) throws {}
        func run() throws {}
    }

    static let configuration = Erase.configuration

    static func scan(_ words: [String]) throws(UsageFailure) -> ParsedArguments {
        var scanner = ArgumentScanner(configuration: configuration, commandPath: ["tool", "erase"])
        return try scanner.scan(words)
    }

    @Test func repeatingPositional_CollectsEveryWordInOrder() throws {
        let parsed = try Self.scan(["3f2a", "--reason", "asked", "77b1", "c0de"])
        #expect(parsed.positionals("id") == ["3f2a", "77b1", "c0de"])
        #expect(parsed.positional("id") == "3f2a")
        #expect(parsed.string("reason") == "asked")
    }

    @Test func repeatingPositional_OneWord_IsAListOfOne() throws {
        #expect(try Self.scan(["3f2a"]).positionals("id") == ["3f2a"])
    }

    @Test func repeatingPositional_NoWord_IsMissing() {
        #expect(throws: UsageFailure.self) { try Self.scan(["--reason", "asked"]) }
    }

    @Test func usage_ShowsTheRepetition() {
        let usage = HelpFormatter(command: Erase.self, path: ["tool", "erase"]).usageItems()
        #expect(usage.last == "<id> ...")
    }
}
