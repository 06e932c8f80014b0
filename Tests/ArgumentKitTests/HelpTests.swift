import Testing
import ArgumentKit

/// `--help`, `-h` and `help <command>` print to output and exit 0, whatever else is on the line.
@Suite struct HelpTests {
    @Test func help_StandOpen_HasExactLayout() {
        let result = CommandResult.make(["stand", "open", "--help"])
        #expect(result.output == """
            OVERVIEW: Open a stand for the day.

            USAGE: fieldkit stand open [--at <place>] [--quiet] <name>

            ARGUMENTS:
              <name>                  The stand's name.

            OPTIONS:
              --at <place>            Where the stand is.
              --quiet                 Print nothing on success.
              -h, --help              Show help information.

            """)
        #expect(result.exitCode == .success)
        #expect(result.errors == "")
    }

    @Test func help_Leaf_ShowsAbstractEveryOptionAndDiscussion() {
        let output = CommandResult.make(["log", "--help"]).output
        #expect(output.hasPrefix("OVERVIEW: Record a conversation at a stand.\n"))
        #expect(output.contains("USAGE: fieldkit log --topic <topic> [--mood <mood>]"))
        #expect(output.contains("[--tag <tag> ...]"))
        for label in ["<stand-id>", "<note>", "--topic <topic>", "--mood <mood>", "--participants <count>",
                      "--lat <degrees>", "--tag <tag>", "--private", "-h, --help"] {
            #expect(output.contains("\n  \(label) "), "missing \(label)")
        }
        #expect(output.contains("A label for later search. (can be repeated)"))
        #expect(output.hasSuffix("EXAMPLES:\n  fieldkit log --topic parking --mood concerned S1\n"))
        #expect(!output.contains("--version"))
    }

    @Test func help_Root_ListsSubcommandsWithAbstractsAndVersion() {
        let output = CommandResult.make(["--help"]).output
        #expect(output.contains("USAGE: fieldkit <subcommand>"))
        #expect(output.contains("  --version"))
        #expect(output.contains("SUBCOMMANDS:\n  log                     Record a conversation at a stand.\n"))
        #expect(output.contains("  stand                   Open and close stands.\n"))
        #expect(output.contains("See 'fieldkit help <subcommand>' for detailed help."))
    }

    @Test func help_EveryLine_FitsInEightyColumns() {
        for words in [["--help"], ["log", "--help"], ["stand", "--help"], ["fail", "-h"]] {
            let lines = CommandResult.make(words).output.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(words)")
            #expect(lines.allSatisfy { !$0.hasSuffix(" ") }, "\(words)")
        }
    }

    @Test func help_ShortFlagAmidWrongArguments_StillPrintsHelp() {
        let result = CommandResult.make(["log", "--bogus", "--topic", "-h", "extra", "words", "here"])
        #expect(result.exitCode == .success)
        #expect(result.output.hasPrefix("OVERVIEW: Record a conversation at a stand."))
        #expect(result.errors == "")
    }

    @Test func help_AfterUnknownCommand_PrintsHelpOfResolvedGroup() {
        let result = CommandResult.make(["stand", "opne", "--help"])
        #expect(result.exitCode == .success)
        #expect(result.output.hasPrefix("OVERVIEW: Open and close stands."))
    }

    @Test func help_AfterDoubleDash_IsAnOrdinaryWord() {
        let result = CommandResult.make(["log", "--topic", "x", "S1", "--", "--help"])
        #expect(result.exitCode == .success)
        #expect(result.output == "")
    }

    @Test func help_HelpWord_MatchesHelpFlag() {
        let viaWord = CommandResult.make(["help", "stand", "open"])
        #expect(viaWord.exitCode == .success)
        #expect(viaWord.output == CommandResult.make(["stand", "open", "--help"]).output)
        #expect(CommandResult.make(["help"]).output == CommandResult.make(["-h"]).output)
    }

    @Test func help_WinsOverVersion() {
        let result = CommandResult.make(["--version", "--help"])
        #expect(result.output.hasPrefix("OVERVIEW: Field notes"))
    }

    @Test func version_OnRoot_PrintsVersionAndExitsZero() {
        let result = CommandResult.make(["--version"])
        #expect(result.exitCode == .success)
        #expect(result.output == "0.3.0\n")
        #expect(result.errors == "")
    }

    @Test func version_OnRootWithoutVersion_IsUnknownOption() {
        let result = CommandResult.make(["--version"], root: StandOpen.self, program: "open")
        #expect(result.exitCode == .usage)
        #expect(result.errors == "open: unknown option '--version'; see 'open --help'\n")
    }
}
