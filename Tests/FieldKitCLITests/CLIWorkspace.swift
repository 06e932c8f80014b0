import Foundation
import TestSupport

/// A temporary folder holding one store for one test, with helpers to run commands against it.
final class CLIWorkspace {
    let temporary = TemporaryFolder(prefix: "fieldkit-cli")
    var folder: String { temporary.path }
    var db: String { temporary.file("field.sqlite") }

    /// Runs `fieldkit` with `--db` pointing at this workspace's store.
    func run(_ arguments: [String], input: String = "") throws -> ProcessResult {
        try ProcessRunner.fieldkit(arguments + ["--db", db], input: input)
    }

    /// A workspace whose store exists, for officer Sanne, with an open stand in Lombok.
    static func withOpenStand() throws -> CLIWorkspace {
        let workspace = CLIWorkspace()
        _ = try workspace.run(["init", "--officer", "Sanne"])
        _ = try workspace.run(["stand", "open", "--neighbourhood", "Lombok", "--location", "Kanaalstraat"])
        return workspace
    }

    /// Logs a note and returns its id.
    func log(topic: String = "parking", summary: String = "Vans on the pavement", extra: [String] = []) throws -> String {
        try run(["log", "--topic", topic, "--summary", summary] + extra).line
    }

    /// Every file in the folder with its bytes: a byte-for-byte snapshot of the store and its WAL.
    func snapshot() -> [String: Data] {
        temporary.snapshot()
    }

    func json(_ result: ProcessResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
