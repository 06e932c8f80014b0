/// The central (server) store's schema.
/// Migrations are history: each is written out in full and never edited once released, even
/// where the device and central schemas look alike, so no shared snippet can change an old step.
extension StoreSchema {
    static let central = StoreSchema(
        // 'FKSV' in ASCII.
        applicationID: 0x464B_5356,
        migrations: [
            """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            -- Merged records in full state. `seq` is the server's change sequence: every change to a
            -- record gives it the next number, and pulls page through records in `seq` order.
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
                seq INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX records_by_seq ON records (seq);
            CREATE INDEX records_by_neighbourhood_time ON records (kind, neighbourhood, recorded_at);

            -- Enrollment tokens: a public selector to find the row, and only a SHA-256 of the secret.
            CREATE TABLE tokens (
                id INTEGER PRIMARY KEY,
                selector TEXT NOT NULL UNIQUE,
                verifier_hash TEXT NOT NULL,
                officer TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('officer', 'coordinator')),
                device_id TEXT,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER,
                last_sync_at INTEGER
            );
            """,
        ])
}
