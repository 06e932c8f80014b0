import Foundation
import LoadGenerator

/// Row 3: `fieldkit log` as an officer runs it, a whole process on a store with a stand open,
/// against the `sqlite3` shell inserting a row of the same size into a WAL database.
struct CLIBenchmark {
    let fieldkit: String
    let sqlite3: String
    let directory: String
    let runs: Int

    /// Median seconds of one `fieldkit log`.
    func fieldkitLog() throws -> Double {
        let environment = ["FIELDKIT_DB": directory + "/officer.db"]
        try ProcessTimer.run(fieldkit, ["init", "--officer", "Bench Officer"], environment: environment)
        try ProcessTimer.run(fieldkit, ["stand", "open", "--neighbourhood", "Lombok", "--location", "Market square"], environment: environment)
        var random = SplitMix64(seed: 3)
        let arguments = ["log", "--topic", "parking", "--summary", NoteContent.summary(using: &random),
                         "--tag", "vans", "--tag", "evening", "--mood", "concerned", "--participants", "2"]
        return Stopwatch.median(try (0..<runs).map { _ in try ProcessTimer.run(fieldkit, arguments, environment: environment) })
    }

    /// Median seconds of one `sqlite3` insert of about 500 bytes, durable (WAL, synchronous=FULL).
    func sqliteShellInsert() throws -> Double {
        let database = directory + "/shell.db"
        try ProcessTimer.run(sqlite3, [database, "PRAGMA journal_mode = WAL; CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL);"])
        let body = String(repeating: "x", count: 500)
        let sql = "PRAGMA synchronous = FULL; INSERT INTO notes VALUES (lower(hex(randomblob(16))), '\(body)');"
        return Stopwatch.median(try (0..<runs).map { _ in try ProcessTimer.run(sqlite3, [database, sql]) })
    }

    /// The first `sqlite3` shell on the usual paths.
    static func sqliteShell() -> String? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
