import Testing
@testable import ArgumentKit

/// `required`, `int`, `double` and `choice`: values that convert, and one-line errors for those that don't.
@Suite struct ConversionTests {
    /// Parsed arguments with the given option values, as `Log` would see them.
    private func make(_ options: [String: String] = [:], positionals: [String: String] = [:]) -> ParsedArguments {
        ParsedArguments(commandPath: ["fieldkit", "log"], options: options.mapValues { [$0] },
                        positionals: positionals, positionalNames: ["stand-id", "note"])
    }

    @Test func required_MissingOption_NamesTheOption() {
        #expect(throws: CommandError.usage("missing --topic")) { try make().required("topic") }
    }

    @Test func required_MissingPositional_NamesThePositional() {
        #expect(throws: CommandError.usage("missing <note>")) { try make().required("note") }
    }

    @Test func required_Present_ReturnsOptionOrPositional() throws {
        let parsed = make(["topic": "noise"], positionals: ["stand-id": "S1"])
        #expect(try parsed.required("topic") == "noise")
        #expect(try parsed.required("stand-id") == "S1")
    }

    @Test func int_WholeNumber_Converts() throws {
        #expect(try make(["participants": "12"]).int("participants") == 12)
        #expect(try make(["participants": "-3"]).int("participants") == -3)
        #expect(try make().int("participants") == nil)
    }

    @Test(arguments: ["abc", "1.5", "", "12x", "99999999999999999999"])
    func int_NotAWholeNumber_ExplainsWhatWasExpected(text: String) {
        #expect(throws: CommandError.usage("--participants expects a whole number, got '\(text)'")) {
            try make(["participants": text]).int("participants")
        }
    }

    @Test(arguments: [("-33.9", -33.9), ("151.2", 151.2), ("0", 0.0), ("1e3", 1000.0)])
    func double_FiniteNumber_Converts(text: String, value: Double) throws {
        #expect(try make(["lat": text]).double("lat") == value)
    }

    @Test(arguments: ["nan", "NaN", "inf", "-inf", "infinity", "1e999", "abc", ""])
    func double_NotAFiniteNumber_IsRejected(text: String) {
        #expect(throws: CommandError.usage("--lat expects a number, got '\(text)'")) {
            try make(["lat": text]).double("lat")
        }
    }

    @Test func double_Positional_UsesPositionalLabel() {
        #expect(throws: CommandError.usage("<note> expects a number, got 'x'")) {
            try make(positionals: ["note": "x"]).double("note")
        }
    }

    @Test func choice_KnownValue_Converts() throws {
        #expect(try make(["mood": "concerned"]).choice("mood", as: Mood.self) == .concerned)
        #expect(try make().choice("mood", as: Mood.self) == nil)
    }

    @Test func choice_UnknownValue_ListsEveryCase() {
        #expect(throws: CommandError.usage("unknown --mood 'happy'; use one of: positive, neutral, concerned")) {
            try make(["mood": "happy"]).choice("mood", as: Mood.self)
        }
    }

    @Test func run_ConversionErrorFromInit_IsUsageLineWithHelpPointer() {
        let result = CommandResult.make(["log", "--topic", "x", "--participants", "abc", "S1"])
        #expect(result.exitCode == .usage)
        #expect(result.errors == "fieldkit log: --participants expects a whole number, got 'abc'; see 'fieldkit log --help'\n")
    }

    @Test func run_ChoiceErrorFromInit_IsUsageLine() {
        let result = CommandResult.make(["log", "--topic", "x", "--mood", "happy", "S1"])
        #expect(result.exitCode == .usage)
        #expect(result.errors == "fieldkit log: unknown --mood 'happy'; use one of: positive, neutral, concerned; see 'fieldkit log --help'\n")
    }

    @Test func run_NegativeLatitude_ConvertsAndRuns() {
        let result = CommandResult.make(["log", "--topic", "x", "--lat", "-33.9", "--mood=neutral", "S1"])
        #expect(result.exitCode == .success)
        #expect(result.errors == "")
    }
}
