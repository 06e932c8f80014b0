import Foundation

/// A temporary folder holding one store for one test, with helpers to run commands against it.
final class CLIWorkspace {
    let folder: String
    var db: String { folder + "/field.sqlite" }

    init() {
        folder = NSTemporaryDirectory() + "fieldkit-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs `fieldkit` with `--db` pointing at this workspace's store.
    func run(_ arguments: [String], input: String = "") throws -> CLIResult {
        try CLIRunner.run(arguments + ["--db", db], input: input)
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
        try run(["log", "--topic", topic, "--summary", summary] + extra).stdoutLine
    }

    /// Every file in the folder with its bytes: a byte-for-byte snapshot of the store and its WAL.
    func snapshot() -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data()) })
    }

    func json(_ result: CLIResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
