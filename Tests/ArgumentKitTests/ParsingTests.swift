import Testing
@testable import ArgumentKit

/// How words become values: subcommands, option spellings, positionals, `--`.
@Suite struct ParsingTests {
    @Test func parse_SubcommandWords_ResolveNestedCommandPath() throws {
        let parsed = try CommandResult.parse(["stand", "open", "North Gate"])
        #expect(parsed.commandPath == ["fieldkit", "stand", "open"])
        #expect(parsed.positional("name") == "North Gate")
    }

    @Test func parse_OptionWithSeparateValue_IsRead() throws {
        let parsed = try CommandResult.parse(["log", "--topic", "parking", "S1"])
        #expect(parsed.string("topic") == "parking")
        #expect(parsed.string("--topic") == "parking")
        #expect(parsed.positional("stand-id") == "S1")
    }

    @Test func parse_OptionWithEqualsValue_KeepsEverythingAfterFirstEquals() throws {
        let parsed = try CommandResult.parse(["log", "--topic=a=b", "--mood=", "S1"])
        #expect(parsed.string("topic") == "a=b")
        #expect(parsed.string("mood") == "")
    }

    @Test func parse_NegativeNumberAfterOption_IsTakenAsValue() throws {
        let parsed = try CommandResult.parse(["log", "--topic", "x", "--lat", "-33.9", "S1"])
        #expect(parsed.string("lat") == "-33.9")
        #expect(try parsed.double("lat") == -33.9)
    }

    @Test func parse_NegativeNumberWord_IsPositional() throws {
        let parsed = try CommandResult.parse(["log", "--topic", "x", "-5", "-0.5"])
        #expect(parsed.positional("stand-id") == "-5")
        #expect(parsed.positional("note") == "-0.5")
    }

    @Test func parse_RepeatingOption_CollectsEveryValueInOrder() throws {
        let parsed = try CommandResult.parse(["log", "--tag", "noise", "--topic", "x", "--tag=youth", "S1", "--tag", "night"])
        #expect(parsed.strings("tag") == ["noise", "youth", "night"])
        #expect(parsed.string("tag") == "night")
        #expect(parsed.strings("mood") == [])
    }

    @Test func parse_Flag_IsSetAndReportedByHas() throws {
        let parsed = try CommandResult.parse(["log", "--private", "--topic", "x", "S1"])
        #expect(parsed.flag("private"))
        #expect(parsed.has("private"))
        #expect(parsed.has("topic"))
        #expect(!parsed.has("mood"))
        #expect(!parsed.flag("mood"))
    }

    @Test func parse_AbsentFlagAndOptionalPositional_AreFalseAndNil() throws {
        let parsed = try CommandResult.parse(["log", "--topic", "x", "S1"])
        #expect(!parsed.flag("private"))
        #expect(parsed.positional("note") == nil)
        #expect(parsed.string("mood") == nil)
    }

    @Test func parse_DoubleDash_MakesLaterWordsPositionals() throws {
        let parsed = try CommandResult.parse(["log", "--topic", "x", "--", "--S1", "--help"])
        #expect(parsed.positional("stand-id") == "--S1")
        #expect(parsed.positional("note") == "--help")
    }

    @Test func parse_DoubleDashAsOptionValue_IsMissingValue() {
        #expect(throws: UsageFailure(commandPath: ["fieldkit", "log"], message: "missing value for --topic")) {
            try CommandResult.parse(["log", "--topic", "--", "S1"])
        }
    }

    @Test func parse_SingleDash_IsPositional() throws {
        let parsed = try CommandResult.parse(["log", "--topic", "x", "-"])
        #expect(parsed.positional("stand-id") == "-")
    }

    @Test func parse_HelpWord_ResolvesToNestedHelp() throws {
        let parser = CommandLineParser(root: FieldKit.self, programName: "fieldkit")
        guard case .help(let command, let path) = try parser.parse(["help", "stand", "open"]) else {
            Issue.record("expected help")
            return
        }
        #expect(ObjectIdentifier(command) == ObjectIdentifier(StandOpen.self))
        #expect(path == ["fieldkit", "stand", "open"])
    }
}
