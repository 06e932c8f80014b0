/// The device store's schema.
/// Migrations are history: each is written out in full and never edited once released, even
/// where the device and central schemas look alike, so no shared snippet can change an old step.
extension StoreSchema {
    static let device = StoreSchema(
        // 'FKIT' in ASCII.
        applicationID: 0x464B_4954,
        migrations: [
            """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            -- Every record in full state (version vector and field registers as canonical JSON),
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
                closed_at INTEGER,
                mood TEXT,
                tags TEXT,
                follow_up_owner TEXT,
                follow_up_due INTEGER,
                location TEXT,
                summary TEXT,
                follow_up TEXT
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
            """
            -- Records purged from this laptop by `fieldkit purge`: the id, the version held then and
            -- when, never any content. A pull skips these ids, so a purged note does not come back.
            CREATE TABLE purged (
                id TEXT PRIMARY KEY,
                version TEXT NOT NULL,
                purged_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            -- When each record was last synced (ms, this laptop's clock): the server acknowledged a
            -- push of it, or a pull changed it here. This is what purge's period measures.
            CREATE TABLE synced (
                record_id TEXT PRIMARY KEY,
                at INTEGER NOT NULL
            ) WITHOUT ROWID;

            -- Records held before this table existed were synced at an unknown time: count them as
            -- synced now, so that none becomes purgeable sooner than its full period after the upgrade.
            INSERT INTO synced (record_id, at) SELECT id, CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM records;
            """,
        ])
}
