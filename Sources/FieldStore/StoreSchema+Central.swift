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
            -- record gives it the next number, and pulls page through records in `seq` order. The
            -- columns after `fields` are projected from the state for the coordinators' filters.
            CREATE TABLE records (
                id TEXT NOT NULL UNIQUE,
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
                follow_up TEXT,
                seq INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX records_by_seq ON records (seq);
            -- Names are compared without regard to case (filters use COLLATE NOCASE), so the indexes
            -- are built the same way or SQLite could not use them for those filters.
            CREATE INDEX records_by_neighbourhood_time ON records (kind, neighbourhood COLLATE NOCASE, recorded_at);
            CREATE INDEX records_by_time ON records (kind, recorded_at);
            CREATE INDEX records_by_officer_time ON records (kind, officer COLLATE NOCASE, recorded_at);
            CREATE INDEX records_by_topic_time ON records (kind, topic COLLATE NOCASE, recorded_at);
            CREATE INDEX records_by_follow_up ON records (kind, follow_up_status, follow_up_due);
            CREATE INDEX records_in_conflict ON records (kind, recorded_at) WHERE has_conflict = 1;

            -- Free-text search over the notes' words, accents folded (cafe finds café). An external
            -- content index: the text lives once, in `records`; triggers keep the index in step.
            CREATE VIRTUAL TABLE records_text USING fts5(
                topic, summary, location, neighbourhood, follow_up, tags,
                content = 'records', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER records_text_insert AFTER INSERT ON records BEGIN
                INSERT INTO records_text (rowid, topic, summary, location, neighbourhood, follow_up, tags)
                VALUES (new.rowid, new.topic, new.summary, new.location, new.neighbourhood, new.follow_up, new.tags);
            END;
            CREATE TRIGGER records_text_update AFTER UPDATE ON records BEGIN
                INSERT INTO records_text (records_text, rowid, topic, summary, location, neighbourhood, follow_up, tags)
                VALUES ('delete', old.rowid, old.topic, old.summary, old.location, old.neighbourhood, old.follow_up, old.tags);
                INSERT INTO records_text (rowid, topic, summary, location, neighbourhood, follow_up, tags)
                VALUES (new.rowid, new.topic, new.summary, new.location, new.neighbourhood, new.follow_up, new.tags);
            END;

            -- What each stored change brought in, for a note's history: who changed which fields, when.
            CREATE TABLE history (
                seq INTEGER PRIMARY KEY,
                record_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                source TEXT NOT NULL,
                writes TEXT NOT NULL
            );
            CREATE INDEX history_by_record ON history (record_id, seq);

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
            """
            -- The free-text index keeps its own copy of the text and is refreshed once per write
            -- transaction (TextIndex.refresh) instead of by per-row triggers: FTS5 flushes its pending
            -- terms at every statement that fires a trigger, which made a 1,000-record push write the
            -- index a thousand times. Holding its own text lets a refresh remove rows by rowid alone.
            DROP TRIGGER records_text_insert;
            DROP TRIGGER records_text_update;
            DROP TABLE records_text;
            CREATE VIRTUAL TABLE records_text USING fts5(
                topic, summary, location, neighbourhood, follow_up, tags,
                tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO records_text (rowid, topic, summary, location, neighbourhood, follow_up, tags)
                SELECT rowid, topic, summary, location, neighbourhood, follow_up, tags FROM records;
            """,
            """
            -- The audit trail (AuditChain): who pushed, pulled, viewed, exported, resolved, assigned
            -- or erased which records, and when. Never note contents: record ids, counts and codes.
            -- Each entry's `hash` is SHA-256 over its other columns, `prev_hash` included, so an edit
            -- or a removal breaks the chain; the last entry is also recorded in meta (audit_head).
            CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                role TEXT NOT NULL,
                device TEXT,
                action TEXT NOT NULL,
                record_ids TEXT NOT NULL,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE INDEX audit_by_actor_time ON audit (actor COLLATE NOCASE, at);
            CREATE INDEX audit_by_time ON audit (at);
            """,
            """
            -- The device's clock at its last sync against the server's (server minus device, in ms,
            -- from the FieldKit-Device-Time header), and when the server measured it.
            ALTER TABLE tokens ADD COLUMN clock_offset_ms INTEGER;
            ALTER TABLE tokens ADD COLUMN clock_measured_at INTEGER;

            -- Notes whose recorded time looked wrong when their device pushed them: flagged for
            -- coordinators, never refused. `off_by_ms` says how far (ahead of the device's clock, or
            -- before its enrollment). Kept apart from `records`, so the merge never reads it.
            CREATE TABLE clock_flags (
                record_id TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('future', 'before_enrollment')),
                device TEXT NOT NULL,
                off_by_ms INTEGER NOT NULL,
                flagged_at INTEGER NOT NULL,
                PRIMARY KEY (record_id, reason)
            ) WITHOUT ROWID;
            """,
            """
            -- What the retention run looks for (CentralStore+Retention), projected from the state like
            -- the other columns: `erased` is the record's erasure level ('contact', 'note' or NULL) and
            -- `holds_contact` is 1 while any entry of `contact` is not null. The partial indexes hold
            -- only the notes a run may still have to erase, so a run never scans erased ones again.
            ALTER TABLE records ADD COLUMN erased TEXT;
            ALTER TABLE records ADD COLUMN holds_contact INTEGER NOT NULL DEFAULT 0;
            UPDATE records SET holds_contact = 1 WHERE kind = 'note' AND EXISTS (
                SELECT 1 FROM json_each(records.fields, '$.contact') AS entry
                WHERE json_type(entry.value, '$.value') IS NOT 'null');
            CREATE INDEX records_holding_contact ON records (recorded_at) WHERE holds_contact = 1;
            CREATE INDEX records_not_erased ON records (recorded_at) WHERE kind = 'note' AND erased IS NOT 'note';
            """,
            """
            -- How many live notes (kind 'note', not deleted) share each week, neighbourhood, topic,
            -- mood and follow-up status, so the report (CentralStore+ReportCounts) reads a few
            -- thousand rows instead of every note. `week` is the report's week (the Monday on or
            -- before recorded_at, in days since 1970-01-01), -1 when there is no recorded_at; absent
            -- texts are ''. The triggers keep it exact for every write to `records`, whatever
            -- the path (push, coordinator write, erasure, deletion); a key that reaches 0 is removed.
            CREATE TABLE note_counts (
                week INTEGER NOT NULL,
                neighbourhood TEXT NOT NULL,
                topic TEXT NOT NULL,
                mood TEXT NOT NULL,
                follow_up_status TEXT NOT NULL,
                notes INTEGER NOT NULL,
                PRIMARY KEY (week, neighbourhood, topic, mood, follow_up_status)
            ) WITHOUT ROWID;
            INSERT INTO note_counts (week, neighbourhood, topic, mood, follow_up_status, notes)
                SELECT coalesce((recorded_at / 86400000) - (((recorded_at / 86400000) + 3) % 7), -1),
                       coalesce(neighbourhood, ''), coalesce(topic, ''), coalesce(mood, ''), coalesce(follow_up_status, ''),
                       count(*)
                FROM records WHERE kind = 'note' AND deleted = 0 GROUP BY 1, 2, 3, 4, 5;
            CREATE TRIGGER note_counts_insert AFTER INSERT ON records WHEN new.kind = 'note' AND new.deleted = 0 BEGIN
                INSERT INTO note_counts (week, neighbourhood, topic, mood, follow_up_status, notes)
                VALUES (coalesce((new.recorded_at / 86400000) - (((new.recorded_at / 86400000) + 3) % 7), -1),
                        coalesce(new.neighbourhood, ''), coalesce(new.topic, ''), coalesce(new.mood, ''),
                        coalesce(new.follow_up_status, ''), 1)
                ON CONFLICT (week, neighbourhood, topic, mood, follow_up_status) DO UPDATE SET notes = notes + 1;
            END;
            CREATE TRIGGER note_counts_delete AFTER DELETE ON records WHEN old.kind = 'note' AND old.deleted = 0 BEGIN
                DELETE FROM note_counts
                WHERE week = coalesce((old.recorded_at / 86400000) - (((old.recorded_at / 86400000) + 3) % 7), -1)
                  AND neighbourhood = coalesce(old.neighbourhood, '') AND topic = coalesce(old.topic, '')
                  AND mood = coalesce(old.mood, '') AND follow_up_status = coalesce(old.follow_up_status, '') AND notes = 1;
                UPDATE note_counts SET notes = notes - 1
                WHERE week = coalesce((old.recorded_at / 86400000) - (((old.recorded_at / 86400000) + 3) % 7), -1)
                  AND neighbourhood = coalesce(old.neighbourhood, '') AND topic = coalesce(old.topic, '')
                  AND mood = coalesce(old.mood, '') AND follow_up_status = coalesce(old.follow_up_status, '');
            END;
            -- An update moves the note from its old key to its new one; only when a counted column changed.
            CREATE TRIGGER note_counts_update AFTER UPDATE ON records
            WHEN old.kind IS NOT new.kind OR old.deleted IS NOT new.deleted OR old.recorded_at IS NOT new.recorded_at
              OR old.neighbourhood IS NOT new.neighbourhood OR old.topic IS NOT new.topic OR old.mood IS NOT new.mood
              OR old.follow_up_status IS NOT new.follow_up_status
            BEGIN
                DELETE FROM note_counts
                WHERE old.kind = 'note' AND old.deleted = 0
                  AND week = coalesce((old.recorded_at / 86400000) - (((old.recorded_at / 86400000) + 3) % 7), -1)
                  AND neighbourhood = coalesce(old.neighbourhood, '') AND topic = coalesce(old.topic, '')
                  AND mood = coalesce(old.mood, '') AND follow_up_status = coalesce(old.follow_up_status, '') AND notes = 1;
                UPDATE note_counts SET notes = notes - 1
                WHERE old.kind = 'note' AND old.deleted = 0
                  AND week = coalesce((old.recorded_at / 86400000) - (((old.recorded_at / 86400000) + 3) % 7), -1)
                  AND neighbourhood = coalesce(old.neighbourhood, '') AND topic = coalesce(old.topic, '')
                  AND mood = coalesce(old.mood, '') AND follow_up_status = coalesce(old.follow_up_status, '');
                INSERT INTO note_counts (week, neighbourhood, topic, mood, follow_up_status, notes)
                SELECT coalesce((new.recorded_at / 86400000) - (((new.recorded_at / 86400000) + 3) % 7), -1),
                       coalesce(new.neighbourhood, ''), coalesce(new.topic, ''), coalesce(new.mood, ''),
                       coalesce(new.follow_up_status, ''), 1
                WHERE new.kind = 'note' AND new.deleted = 0
                ON CONFLICT (week, neighbourhood, topic, mood, follow_up_status) DO UPDATE SET notes = notes + 1;
            END;

            -- The list's count (CentralStore.countNotes) for a neighbourhood, topic, officer or
            -- period is answered from these indexes alone: with `deleted` in them, SQLite need not
            -- read each matching note to leave out the deleted ones. They replace the indexes
            -- without it, which served the same searches.
            DROP INDEX records_by_neighbourhood_time;
            DROP INDEX records_by_time;
            DROP INDEX records_by_officer_time;
            DROP INDEX records_by_topic_time;
            CREATE INDEX records_by_neighbourhood_time ON records (kind, neighbourhood COLLATE NOCASE, recorded_at, deleted);
            CREATE INDEX records_by_time ON records (kind, recorded_at, deleted);
            CREATE INDEX records_by_officer_time ON records (kind, officer COLLATE NOCASE, recorded_at, deleted);
            CREATE INDEX records_by_topic_time ON records (kind, topic COLLATE NOCASE, recorded_at, deleted);
            """,
        ])
}
