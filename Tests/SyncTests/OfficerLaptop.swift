import Foundation
import TestSupport

/// One officer's `fieldkit` store, driven through the built binary.
struct OfficerLaptop {
    let db: String

    /// Creates the store and connects it to `server` with `token`.
    init(folder: String, officer: String, server: String, token: String) throws {
        db = folder + "/\(officer.lowercased()).sqlite"
        let created = try run(["init", "--officer", officer, "--server", server, "--token", token])
        guard created.status == 0 else { throw FaultSetupError(description: "fieldkit init failed: \(created.stderr)") }
    }

    func run(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.fieldkit(arguments + ["--db", db])
    }

    /// Logs `count` short notes.
    func log(_ count: Int) throws {
        for index in 0..<count {
            _ = try run(["log", "--topic", "litter", "--summary", "Bins overflow \(index)", "--neighbourhood", "Lombok"])
        }
    }
}
