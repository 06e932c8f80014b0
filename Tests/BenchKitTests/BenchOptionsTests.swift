import Testing
@testable import ArgumentKit
@testable import BenchKit

/// The command line of `fieldkit-bench`: groups, scale sizes and their limits.
struct BenchOptionsTests {
    static func make(_ words: String...) throws -> BenchOptions {
        let invocation = try CommandLineParser(root: BenchCommand.self, programName: "fieldkit-bench").parse(words)
        guard case .run(_, let parsed) = invocation else { throw CommandError.usage("not a run: \(invocation)") }
        return try BenchOptions(parsed: parsed)
    }

    @Test func options_ByDefault_RunEveryGroupAtFullSize() throws {
        let options = try Self.make()
        #expect(options.groups == Set(BenchGroup.allCases))
        #expect(options.scale.notes == 1_000_000)
        #expect(options.scale.base == 10_000)
        #expect(options.scale.syncRuns == 20)
        #expect(options.scale.listRuns == 50)
        #expect(options.scale.reusedStore == nil)
        #expect(options.rateSeconds == 10)
    }

    @Test func options_Quick_ShrinksTheScaleStore() throws {
        let options = try Self.make("--quick")
        #expect(options.scale.notes == 20_000)
        #expect(options.notes == 5_000)
        #expect(try Self.make("--quick", "--scale-notes", "300").scale.notes == 300)
    }

    @Test func only_WithPull_BringsTheMergeAlong() throws {
        #expect(try Self.make("--only", "pull").groups == [.pull, .merge])
        #expect(try Self.make("--only", "scale,rate").groups == [.scale, .rate])
        #expect(try Self.make("--only", " CLI , http").groups == [.cli, .http])
    }

    @Test func only_WithUnknownGroup_IsAUsageErrorNamingIt() {
        #expect(throws: CommandError.usage("--only: unknown group 'speed'; choose from merge, pull, cli, http, scale, rate")) {
            try Self.make("--only", "merge,speed")
        }
        #expect(throws: CommandError.self) { try Self.make("--only", "") }
    }

    @Test func only_WithUnknownGroup_ExitsSixtyFourWithOneLine() {
        let (output, errors) = (CapturedText(), CapturedText())
        let code = CommandRunner.run(BenchCommand.self, arguments: ["fieldkit-bench", "--only", "merge,bogus"], output: output, errors: errors)
        #expect(code.rawValue == 64)
        #expect(output.text.isEmpty)
        #expect(errors.text.split(separator: "\n").count == 1)
        #expect(errors.text.contains("unknown group 'bogus'"))
    }

    @Test func scaleOptions_OutOfRange_AreUsageErrors() {
        #expect(throws: CommandError.self) { try Self.make("--scale-notes", "10") }
        #expect(throws: CommandError.self) { try Self.make("--sync-runs", "0") }
        #expect(throws: CommandError.self) { try Self.make("--rate-seconds", "0") }
        #expect(throws: CommandError.self) { try Self.make("--scale-store", "/nonexistent/store.db") }
    }
}
