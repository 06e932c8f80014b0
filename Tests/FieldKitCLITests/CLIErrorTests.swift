import Foundation
import Testing
import TestSupport

/// Every bad input gets one line on stderr, its documented exit code, and leaves the store byte-for-byte unchanged.
@Suite struct CLIErrorTests {
    struct BadInput: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let status: Int32
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [BadInput] = [
        BadInput(arguments: ["log", "--topic", "a", "--summary", "b", "--colour", "red"], status: 64, message: "unknown option '--colour'"),
        BadInput(arguments: ["log", "--topic"], status: 64, message: "missing value for --topic"),
        BadInput(arguments: ["log", "--topic", "a", "--summary", "b", "--mood", "happy"], status: 64, message: "positive, neutral, concerned"),
        BadInput(arguments: ["log", "--topic", "a", "--summary", "b", "--contact", "06-00000000"], status: 64, message: "--consent"),
        BadInput(arguments: ["log", "--topic", "a", "--summary", "b", "--participants", "many"], status: 64, message: "whole number"),
        BadInput(arguments: ["log", "--topic", "", "--summary", "b"], status: 64, message: "--topic cannot be empty"),
        BadInput(arguments: ["edit", "ffffffff", "--topic", "x"], status: 65, message: "no note with id 'ffffffff'"),
        BadInput(arguments: ["edit", "0", "--topic", "x"], status: 65, message: "matches 2 notes"),
        BadInput(arguments: ["edit", "0"], status: 64, message: "nothing to change"),
        BadInput(arguments: ["show", "zz"], status: 65, message: "no note with id 'zz'"),
        BadInput(arguments: ["delete", "abc"], status: 65, message: "no note with id 'abc'"),
        BadInput(arguments: ["delete"], status: 64, message: "missing"),
        BadInput(arguments: ["list", "--follow-up", "maybe"], status: 64, message: "open, done"),
        BadInput(arguments: ["stand", "open", "--neighbourhood", "X", "--location", "Y"], status: 64, message: "already open"),
        BadInput(arguments: ["stand", "open", "--neighbourhood", "X", "--location", "Y", "--lat", "95", "--lon", "4"], status: 64, message: "--lat"),
        BadInput(arguments: ["frobnicate"], status: 64, message: "unknown command 'frobnicate'"),
        BadInput(arguments: ["init", "--officer", "Other"], status: 64, message: "already exists"),
        BadInput(arguments: ["connect", "--server", "ftp://x", "--token", "t"], status: 64, message: "http:// or https://"),
        BadInput(arguments: ["sync"], status: 64, message: "no sync server is set"),
        BadInput(arguments: ["sync", "--batch-size", "0"], status: 64, message: "--batch-size must be 1 to 1000"),
        BadInput(arguments: ["sync", "--batch-size", "1001"], status: 64, message: "--batch-size must be 1 to 1000"),
        BadInput(arguments: ["resolve", "0aaa", "--field", "colour", "--keep", "mine"], status: 64, message: "--field"),
        BadInput(arguments: ["resolve", "0aaa", "--field", "topic"], status: 64, message: "exactly one of"),
        BadInput(arguments: ["resolve", "0aaa", "--field", "topic", "--keep", "mine"], status: 65, message: "not in conflict"),
        BadInput(arguments: ["resolve", "0aaa", "--field", "mood", "--take", "ecstatic"], status: 64, message: "not a valid value"),
        BadInput(arguments: ["purge"], status: 64, message: "missing --synced-before"),
        BadInput(arguments: ["purge", "--synced-before", "14"], status: 64, message: "--synced-before expects a whole number of hours, days or weeks"),
        BadInput(arguments: ["purge", "--synced-before", "2 weeks"], status: 64, message: "got '2 weeks'"),
        BadInput(arguments: ["purge", "--synced-before", "-1d"], status: 64, message: "--synced-before"),
    ]

    /// A store with two notes whose ids both start with 0, so a prefix of "0" is ambiguous.
    static func makeStore() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace.withOpenStand()
        _ = try workspace.run(["import", TemporaryFolder.repositoryFile("Fixtures/ambiguous-ids.json").path])
        return workspace
    }

    @Test(arguments: cases) func badInput_FailsCleanlyAndChangesNothing(_ bad: BadInput) throws {
        let workspace = try Self.makeStore()
        let before = workspace.snapshot()
        let result = try workspace.run(bad.arguments)
        #expect(result.status == bad.status, "\(result.stderr)")
        #expect(result.stderr.contains(bad.message), "stderr was: \(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "one line on stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(workspace.snapshot() == before, "the store must be byte-for-byte unchanged")
    }

    @Test func noStoreYet_IsRefusedAndCreatesNothing() throws {
        let workspace = CLIWorkspace()
        for arguments in [["log", "--topic", "a", "--summary", "b", "--neighbourhood", "X"], ["list"], ["status"],
                          ["purge", "--synced-before", "14d"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 64)
            #expect(result.stderr.contains("no FieldKit store") && result.stderr.contains("fieldkit init"))
            #expect(workspace.snapshot().isEmpty, "nothing may be created")
        }
    }

    @Test func notAStore_IsRefusedAndUnchanged() throws {
        let workspace = CLIWorkspace()
        let content = Data("Shopping: milk, bread\n".utf8)
        try content.write(to: URL(fileURLWithPath: workspace.db))
        for arguments in [["list"], ["log", "--topic", "a", "--summary", "b", "--neighbourhood", "X"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 65)
            #expect(result.stderr.contains("is not a FieldKit store"))
            #expect(workspace.snapshot() == ["field.sqlite": content])
        }
    }

    @Test func newerSchema_IsRefusedAndUnchanged() throws {
        let workspace = try Self.makeStore()
        _ = try ProcessRunner.sqlite(workspace.db, "PRAGMA user_version = 7;")
        let before = workspace.snapshot()
        let result = try workspace.run(["list"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("newer FieldKit"))
        #expect(workspace.snapshot() == before)
    }

    @Test func help_WorksOnEveryCommand() throws {
        let commands = [[], ["init"], ["stand"], ["stand", "open"], ["stand", "close"], ["stand", "list"], ["log"],
                        ["edit"], ["delete"], ["list"], ["show"], ["status"], ["import"], ["connect"], ["sync"],
                        ["conflicts"], ["resolve"], ["purge"]]
        for command in commands {
            let result = try ProcessRunner.fieldkit(command + ["--help"])
            #expect(result.status == 0, "\(command) --help")
            #expect(result.stdout.contains("OVERVIEW:") && result.stdout.contains("USAGE:"), "\(command) --help")
        }
        let version = try ProcessRunner.fieldkit(["--version"])
        #expect(version.status == 0 && version.line.hasPrefix("fieldkit "))
    }
}
