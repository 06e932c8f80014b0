import Testing
import ArgumentKit

/// Every parser mistake is one line on the error sink, exit 64, nothing on output.
@Suite struct UsageErrorTests {
    /// Runs `words` and checks the usage exit code, an empty output and the exact error line.
    private func expectUsageError(_ words: [String], _ line: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        let result = CommandResult.make(words)
        #expect(result.exitCode == .usage, sourceLocation: sourceLocation)
        #expect(result.output == "", sourceLocation: sourceLocation)
        #expect(result.errors == line + "\n", sourceLocation: sourceLocation)
    }

    @Test func parse_UnknownOption_SuggestsClosestName() {
        expectUsageError(["log", "--mod", "happy"],
                         "fieldkit log: unknown option '--mod' (did you mean '--mood'?); see 'fieldkit log --help'")
    }

    @Test func parse_UnknownOptionWithEquals_NamesOnlyTheOption() {
        expectUsageError(["log", "--topc=x"],
                         "fieldkit log: unknown option '--topc' (did you mean '--topic'?); see 'fieldkit log --help'")
    }

    @Test func parse_UnknownOptionFarFromEveryName_HasNoSuggestion() {
        expectUsageError(["log", "--weather", "rain"],
                         "fieldkit log: unknown option '--weather'; see 'fieldkit log --help'")
    }

    @Test func parse_SingleDashWord_IsUnknownOptionSuggestingLongForm() {
        expectUsageError(["log", "-topic", "x"],
                         "fieldkit log: unknown option '-topic' (did you mean '--topic'?); see 'fieldkit log --help'")
    }

    @Test func parse_OptionFollowedByOption_IsMissingValue() {
        expectUsageError(["log", "--topic", "--mood", "neutral", "S1"],
                         "fieldkit log: missing value for --topic; see 'fieldkit log --help'")
    }

    @Test func parse_OptionAtEnd_IsMissingValue() {
        expectUsageError(["log", "S1", "--topic"],
                         "fieldkit log: missing value for --topic; see 'fieldkit log --help'")
    }

    @Test func parse_NonRepeatingOptionTwice_IsUsageError() {
        expectUsageError(["log", "--topic", "a", "--topic=b", "S1"],
                         "fieldkit log: --topic given more than once; see 'fieldkit log --help'")
    }

    @Test func parse_FlagWithValue_IsUsageError() {
        expectUsageError(["log", "--topic", "a", "--private=yes", "S1"],
                         "fieldkit log: --private does not take a value; see 'fieldkit log --help'")
    }

    @Test func parse_ExtraPositional_IsUnexpectedArgument() {
        expectUsageError(["log", "--topic", "a", "S1", "note", "more"],
                         "fieldkit log: unexpected argument 'more'; see 'fieldkit log --help'")
    }

    @Test func parse_MissingRequiredPositional_IsUsageError() {
        expectUsageError(["log", "--topic", "a"],
                         "fieldkit log: missing <stand-id>; see 'fieldkit log --help'")
    }

    @Test func parse_MissingRequiredOption_IsUsageError() {
        expectUsageError(["log", "S1"],
                         "fieldkit log: missing --topic; see 'fieldkit log --help'")
    }

    @Test func parse_UnknownCommand_SuggestsClosestName() {
        expectUsageError(["lgo", "--topic", "x"],
                         "fieldkit: unknown command 'lgo' (did you mean 'log'?); see 'fieldkit --help'")
    }

    @Test func parse_UnknownNestedCommand_NamesTheGroup() {
        expectUsageError(["stand", "opne", "North"],
                         "fieldkit stand: unknown command 'opne' (did you mean 'open'?); see 'fieldkit stand --help'")
    }

    @Test func parse_UnknownCommandFarFromEveryName_HasNoSuggestion() {
        expectUsageError(["synchronise"], "fieldkit: unknown command 'synchronise'; see 'fieldkit --help'")
    }

    @Test func parse_UnknownOptionOnGroup_SuggestsVersionOnRoot() {
        expectUsageError(["--verison"],
                         "fieldkit: unknown option '--verison' (did you mean '--version'?); see 'fieldkit --help'")
    }

    @Test func run_GroupWithoutSubcommand_IsUsageErrorListingSubcommands() {
        expectUsageError(["stand"],
                         "fieldkit stand: missing subcommand; use one of: open, close; see 'fieldkit stand --help'")
    }

    @Test func run_RootWithoutSubcommand_IsUsageErrorListingSubcommands() {
        expectUsageError([], "fieldkit: missing subcommand; use one of: log, stand, fail; see 'fieldkit --help'")
    }

    @Test func help_HelpWordWithUnknownCommand_IsUsageError() {
        expectUsageError(["help", "stand", "shut"],
                         "fieldkit stand: unknown command 'shut'; see 'fieldkit stand --help'")
    }

    @Test func version_OnSubcommand_IsUnknownOption() {
        expectUsageError(["stand", "close", "--version"],
                         "fieldkit stand close: unknown option '--version'; see 'fieldkit stand close --help'")
    }
}
