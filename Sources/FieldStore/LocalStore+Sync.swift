import CrashPoints
import FieldCore
import SQLiteKit

/// The device side of sync: what to push, checkpoints, and applying pulled records.
///
/// Checkpoints are written only after their data is durable: `acknowledgePush` after the server
/// answered, and the pull cursor in the same transaction that applies its page.
extension LocalStore {
    /// The next batch of at most `limit` records with local changes the server has not acknowledged.
    ///
    /// Records are ordered by their latest change. Taking the first `limit` of them covers every
    /// change up to the batch's last latest-change: a record with an earlier change that is not
    /// in the batch has a later change too, and a later batch carries its full state.
    public func nextPushBatch(limit: Int) throws -> PushBatch? {
        try read {
            let rows = try connection.cachedStatement("""
                SELECT record_id, max(seq) AS last FROM changes WHERE seq > ?
                GROUP BY record_id ORDER BY last LIMIT ?
                """).query([.integer(try pushedThrough()), .integer(Int64(limit))])
            guard let through = rows.last?.int64("last") else { return nil }
            let records = try rows.compactMap { row in try RecordTable.load(id: row.string("record_id") ?? "", in: connection) }
            return PushBatch(records: records, throughSeq: through)
        }
    }

    /// Records that the server holds everything up to `seq`; never moves the checkpoint backwards.
    /// The records it covers are stamped as synced at `time`, for purge.
    public func acknowledgePush(throughSeq seq: Int64, at time: Timestamp = .now()) throws {
        try write {
            let previous = try pushedThrough()
            guard seq > previous else { return }
            try noteAcknowledged(after: previous, through: seq, at: time)
            try MetaTable.set(MetaTable.pushedThrough, String(seq), in: connection)
            CrashPoint.reach(.clientPushAcknowledgeBeforeCommit)
        }
    }

    /// Merges a pulled page into the store and saves `cursor`, all in one transaction.
    ///
    /// Records purged from this laptop are skipped, whatever their version: purging means old
    /// notes leave the laptop, so neither the feed read again nor a later edit elsewhere brings
    /// them back. Each record the page changes is stamped with `time`, for purge.
    public func applyPulled(_ records: [Record], cursor: String, at time: Timestamp = .now()) throws -> PullApplication {
        try write {
            var changed = 0
            var conflicts = 0
            var erasures = 0
            for record in records {
                if let problem = record.validationProblem() {
                    throw StoreError.invalidFile(path: "pulled record \(record.id)", reason: problem)
                }
                let held = try RecordTable.loadStored(id: record.id, in: connection)
                if held?.version == record.storedVersion { continue }
                if try isPurged(record.id) { continue }
                let outcome = RecordMerge.apply(record, to: try held.map(RecordTable.decode))
                guard outcome.change != .unchanged else { continue }
                try RecordTable.save(outcome.record, in: connection)
                try notePulled(record.id, at: time)
                changed += 1
                if outcome.change == .conflicted { conflicts += 1 }
                if outcome.record.fields[RecordField.erased] != nil { erasures += 1 }
            }
            try MetaTable.set(MetaTable.pullCursor, cursor, in: connection)
            CrashPoint.reach(.clientPullBeforeCommit)
            var application = PullApplication(changed: changed, newConflicts: conflicts)
            application.erasures = erasures
            return application
        }
    }

    /// Truncates the write-ahead log after a pull brought erasures: its old frames still hold the
    /// pages as they were before (`PRAGMA secure_delete` has zeroed the freed space in the file).
    /// Best effort: when another program is reading the store the log stays, and closing the
    /// store (the end of every `fieldkit` command) checkpoints and removes it anyway.
    public func compactAfterErasure() {
        try? Self.storageCall { try connection.checkpoint() }
    }

    /// The cursor to pull from next; nil before the first pull.
    public func pullCursor() throws -> String? {
        try read { try MetaTable.value(MetaTable.pullCursor, in: connection) }
    }

    /// Starts afresh with a server that no longer knows this device's cursor (its store was replaced,
    /// e.g. restored from a backup): everything is pushed again and the feed read from the start.
    ///
    /// Re-pushing matters as much as re-pulling: a restored store lacks whatever was pushed after
    /// its backup, and only the devices still hold it. Both repeats are harmless (the merge is idempotent).
    public func forgetServerProgress() throws {
        try write { try clearServerProgress() }
    }

    /// The body of `forgetServerProgress`, for callers already inside a write transaction.
    func clearServerProgress() throws {
        try MetaTable.set(MetaTable.pushedThrough, nil, in: connection)
        try MetaTable.set(MetaTable.pullCursor, nil, in: connection)
    }

    /// The server URL and token this device syncs with, if set.
    public func serverSettings() throws -> (url: String, token: String)? {
        try read {
            guard let url = try MetaTable.value(MetaTable.serverURL, in: connection),
                  let token = try MetaTable.value(MetaTable.token, in: connection) else { return nil }
            return (url, token)
        }
    }
}
