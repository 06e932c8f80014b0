import FieldCore
import SQLiteKit

/// Row 1's baseline: the same stored bytes (id, version vector, fields) upserted into a plain
/// table through the same SQLite and the same pragmas as a store file (WAL, synchronous=FULL),
/// one immediate transaction per batch. What the merge could cost if it cost nothing.
struct UpsertBaseline {
    /// One row as the central store keeps it, encoded before the clock starts.
    struct Row {
        let id: String
        let version: String
        let fields: String
    }

    let batches: [[Row]]
    let path: String
    /// Rows upserted, untimed, before the measured ones: the same notes the merge's store is filled with.
    let prefill: Prefill

    init(workload: Workload, path: String, prefill: Prefill) {
        batches = workload.batches.map(Self.rows)
        self.path = path
        self.prefill = prefill
    }

    private static func rows(_ batch: PushWork) -> [Row] {
        batch.records.map { Row(id: $0.id, version: $0.storedVersion, fields: $0.storedFields) }
    }

    /// Rows upserted per second.
    func run() throws -> Double {
        let connection = try Connection(path: path, mode: .readWriteCreate)
        try connection.execute("PRAGMA journal_mode = WAL")
        try connection.execute("PRAGMA synchronous = FULL")
        try connection.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, version TEXT NOT NULL, fields TEXT NOT NULL)")
        let sql = """
            INSERT INTO rows (id, version, fields) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, fields = excluded.fields
            """
        try prefill.forEachBatch { try upsert(Self.rows($0), sql: sql, in: connection) }
        let (_, seconds) = try Stopwatch.time {
            for batch in batches {
                try upsert(batch, sql: sql, in: connection)
            }
        }
        try connection.close()
        return Double(batches.reduce(0) { $0 + $1.count }) / seconds
    }

    /// One batch in one immediate transaction.
    private func upsert(_ batch: [Row], sql: String, in connection: Connection) throws {
        try connection.transaction(.immediate) {
            let statement = try connection.cachedStatement(sql)
            for row in batch {
                try statement.execute([.text(row.id), .text(row.version), .text(row.fields)])
            }
        }
    }
}
