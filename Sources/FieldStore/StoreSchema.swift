import SQLiteKit

/// The local store's schema and its migrations, versioned by `PRAGMA user_version`.
///
/// A store is recognised by `PRAGMA application_id`, so that a file from another program is
/// refused before anything writes to it. Each migration runs in one transaction with the
/// version bump, so a store is always at exactly one version.
enum StoreSchema {
    /// 'FKIT' in ASCII: marks a SQLite file as a FieldKit device store.
    static let applicationID: Int32 = 0x464B_4954
    static let currentVersion = 1

    static let migrations: [Int: String] = [
        1: """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Every synced record in full state (version vector and field registers as canonical JSON),
        -- with the columns lists filter on projected out of it.
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            version TEXT NOT NULL,
            fields TEXT NOT NULL,
            deleted INTEGER NOT NULL,
            has_conflict INTEGER NOT NULL,
            stand_id TEXT,
            neighbourhood TEXT,
            topic TEXT,
            officer TEXT,
            recorded_at INTEGER,
            follow_up_status TEXT,
            closed_at INTEGER
        ) WITHOUT ROWID;
        CREATE INDEX records_by_kind_time ON records (kind, recorded_at);

        -- The local change sequence: one row per local write, what the next sync must push.
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL,
            at INTEGER NOT NULL
        );
        CREATE INDEX changes_by_record ON changes (record_id, seq);
        """,
    ]

    /// Brings a store from `version` up to `currentVersion`, each step in its own transaction.
    static func migrate(_ connection: Connection, from version: Int) throws {
        for next in stride(from: version + 1, through: currentVersion, by: 1) {
            guard let sql = migrations[next] else { continue }
            try connection.transaction {
                try connection.execute(sql)
                try connection.setUserVersion(next)
            }
        }
    }
}
