import Foundation
import TestSupport

/// One officer's laptop in a crash test: a device store driven only through the `fieldkit` binary.
final class CrashDevice {
    let name: String
    let db: String
    let token: String
    /// Records per push batch and per pull page (small, so a sync passes many checkpoints); nil for the default.
    let batchSize: Int?

    init(name: String, folder: String, token: String, batchSize: Int? = nil) {
        self.name = name
        self.db = folder + "/\(name).sqlite"
        self.token = token
        self.batchSize = batchSize
    }

    /// Runs `fieldkit` on this device's store and fails the caller when it exits non-zero.
    @discardableResult
    func run(_ arguments: [String]) throws -> ProcessResult {
        let result = try ProcessRunner.fieldkit(arguments + ["--db", db])
        guard result.status == 0 else { throw CrashTestError("fieldkit \(arguments.first ?? "") on \(name) exited \(result.status): \(result.stderr)") }
        return result
    }

    func initialise(server: String) throws {
        try run(["init", "--officer", name, "--server", server, "--token", token])
    }

    /// Points the device at a server address, as an officer told of a new address would.
    func connect(server: String) throws {
        try run(["connect", "--server", server, "--token", token])
    }

    /// Starts `fieldkit sync` in the background, stopping at `crashAt` when given.
    func startSync(crashAt: String? = nil) throws -> KillableProcess {
        try KillableProcess(ProcessRunner.binary("fieldkit"), syncArguments, crashAt: crashAt)
    }

    /// Runs `fieldkit sync` until it succeeds, as an officer retrying after an error would.
    /// Exit 75 (try again later) is retried; anything else fails the test. Returns the attempts
    /// used and what the successful sync printed.
    @discardableResult
    func syncUntilDone(attempts: Int = 5) throws -> (attempts: Int, output: String) {
        var lastError = ""
        for attempt in 1...attempts {
            let result = try ProcessRunner.fieldkit(syncArguments)
            if result.status == 0 { return (attempt, result.line) }
            guard result.status == 75 else { throw CrashTestError("sync on \(name) exited \(result.status): \(result.stderr)") }
            lastError = result.stderr
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw CrashTestError("sync on \(name) still failing after \(attempts) attempts: \(lastError)")
    }

    private var syncArguments: [String] {
        ["sync", "--db", db] + (batchSize.map { ["--batch-size", String($0)] } ?? [])
    }

    /// Adds notes with the given ids through `fieldkit import`, the way a backlog arrives.
    func importNotes(_ ids: [String], file: String) throws {
        try BacklogFile.write(ids: ids, officer: name, to: file)
        try run(["import", file])
    }
}
