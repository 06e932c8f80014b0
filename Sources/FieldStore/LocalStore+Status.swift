import FieldCore
import SQLiteKit

/// Counts for `fieldkit status`, and the sync settings a device keeps.
extension LocalStore {
    /// Totals, the unsynced count (notes with a local write after the last push), and the open stand.
    public func status() throws -> StoreStatus {
        try read {
            let totals = try connection.queryOne("""
                SELECT count(*) FILTER (WHERE deleted = 0) AS live,
                       count(*) FILTER (WHERE deleted = 1) AS deleted,
                       count(*) FILTER (WHERE has_conflict = 1) AS conflicted
                FROM records WHERE kind = 'note'
                """)
            let unsynced = try connection.scalar("""
                SELECT count(DISTINCT c.record_id) FROM changes c JOIN records r ON r.id = c.record_id
                WHERE r.kind = 'note' AND c.seq > ?
                """, [.integer(try pushedThrough())])
            return StoreStatus(
                identity: identity, path: path,
                totalNotes: totals?.int("live") ?? 0, deletedNotes: totals?.int("deleted") ?? 0,
                unsyncedNotes: unsynced.int ?? 0, conflictedNotes: totals?.int("conflicted") ?? 0,
                openStand: try currentStandRecord().map(Stand.init(record:)),
                serverURL: try MetaTable.value(MetaTable.serverURL, in: connection),
                clockOffset: try storedClockOffset())
        }
    }

    /// The last change sequence number the server has acknowledged; 0 before the first sync.
    func pushedThrough() throws -> Int64 {
        Int64(try MetaTable.value(MetaTable.pushedThrough, in: connection) ?? "0") ?? 0
    }
}

/// Sync settings kept in the store.
extension LocalStore {
    /// Saves the server URL and this device's token. The store file is owner-only (0600).
    ///
    /// A different server starts afresh: everything is pushed to it and its feed read from the
    /// start (both are harmless to repeat), since it may hold none of what the old one had.
    public func setServer(url: String, token: String) throws {
        try write {
            if let previous = try MetaTable.value(MetaTable.serverURL, in: connection), previous != url {
                try clearServerProgress()
            }
            try MetaTable.set(MetaTable.serverURL, url, in: connection)
            try MetaTable.set(MetaTable.token, token, in: connection)
        }
    }
}
