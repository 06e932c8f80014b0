import FieldCore
import SQLiteKit

/// Removing old notes from the laptop once the server has them (`fieldkit purge`).
///
/// A purge is not a delete: nothing is written to the change sequence, so nothing of it is ever
/// pushed, and the server and every other device keep the notes. A note is purgeable when
/// - the server has acknowledged every local change to it (none waits in the push queue), and
/// - it was last synced before the cutoff: the server's last acknowledgement of a push of it, or
///   the last pull that changed it here, is older (table `synced`).
/// A note never synced, or edited since the last push, is never purged. A closed (or deleted)
/// stand goes too once it meets the same two rules and none of its notes remain here.
extension LocalStore {
    /// Purges (or with `dryRun` only lists) what was last synced before `cutoff`, in one
    /// transaction, then truncates the WAL so that no copy of the removed pages stays in it.
    public func purge(syncedBefore cutoff: Timestamp, dryRun: Bool = false, at time: Timestamp = .now()) throws -> PurgeReport {
        let body = { () throws -> PurgeReport in
            let through = try self.pushedThrough()
            let (notes, kept) = try self.purgeableNotes(before: cutoff, through: through)
            let leaving = Set(notes.map(\.record.id))
            if !dryRun { try notes.forEach { try self.remove($0, at: time) } }
            let stands = try self.purgeableStands(before: cutoff, through: through, ignoringNotes: leaving)
            if !dryRun { try stands.forEach { try self.remove($0, at: time) } }
            return PurgeReport(cutoff: cutoff, dryRun: dryRun, notes: notes.map(\.record), stands: stands.map(\.record),
                               keptUnsynced: kept)
        }
        let report = try dryRun ? read(body) : write(body)
        if !dryRun && !(report.notes.isEmpty && report.stands.isEmpty) {
            try Self.storageCall { try connection.checkpoint() }
        }
        return report
    }

    /// Notes old enough and fully acknowledged, and how many old enough ones wait to be pushed.
    private func purgeableNotes(before cutoff: Timestamp, through: Int64) throws -> ([PurgeCandidate], Int) {
        let notes = try connection.query(PurgeCandidate.query, [.text(RecordKind.note.rawValue)]).map(PurgeCandidate.init)
        return (notes.filter { $0.isSynced(before: cutoff, through: through) },
                notes.filter { $0.isKeptUnsynced(before: cutoff, through: through) }.count)
    }

    /// Finished stands old enough and fully acknowledged that no remaining note names.
    private func purgeableStands(before cutoff: Timestamp, through: Int64, ignoringNotes leaving: Set<String>) throws -> [PurgeCandidate] {
        var named = Set<String>()
        try connection.forEachRow("SELECT id, stand_id FROM records WHERE kind = 'note' AND stand_id IS NOT NULL") { row in
            if let id = row.string("id"), !leaving.contains(id), let stand = row.string("stand_id") { named.insert(stand) }
        }
        return try connection.query(PurgeCandidate.query, [.text(RecordKind.stand.rawValue)]).map(PurgeCandidate.init)
            .filter { $0.isFinished && !named.contains($0.record.id) && $0.isSynced(before: cutoff, through: through) }
    }

    /// Removes one record and its change-sequence rows, and remembers its id (never its content).
    private func remove(_ candidate: PurgeCandidate, at time: Timestamp) throws {
        let id = SQLiteValue.text(candidate.record.id)
        try connection.cachedStatement("""
            INSERT INTO purged (id, version, purged_at) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, purged_at = excluded.purged_at
            """).execute([id, .text(candidate.version), .integer(time.milliseconds)])
        try connection.cachedStatement("DELETE FROM records WHERE id = ?").execute([id])
        try connection.cachedStatement("DELETE FROM changes WHERE record_id = ?").execute([id])
        try connection.cachedStatement("DELETE FROM synced WHERE record_id = ?").execute([id])
    }

    /// Whether `id` was purged from this laptop, so that neither a pull nor an import brings it back.
    func isPurged(_ id: String) throws -> Bool {
        !(try connection.cachedStatement("SELECT 1 FROM purged WHERE id = ?").query([.text(id)]).isEmpty)
    }

    /// Stamps the time a pull changed record `id`, in the caller's transaction.
    func notePulled(_ id: String, at time: Timestamp) throws {
        try connection.cachedStatement("""
            INSERT INTO synced (record_id, at) VALUES (?, ?) ON CONFLICT (record_id) DO UPDATE SET at = excluded.at
            """).execute([.text(id), .integer(time.milliseconds)])
    }

    /// Stamps every record with a change in (`after`, `through`] as synced at `time`: the server has
    /// just acknowledged them. In the caller's transaction.
    func noteAcknowledged(after: Int64, through: Int64, at time: Timestamp) throws {
        try connection.cachedStatement("""
            INSERT INTO synced (record_id, at) SELECT DISTINCT record_id, ? FROM changes WHERE seq > ? AND seq <= ?
            ON CONFLICT (record_id) DO UPDATE SET at = excluded.at
            """).execute([.integer(time.milliseconds), .integer(after), .integer(through)])
    }

    /// The ids purged from this laptop, for checks and tests.
    public func purgedIDs() throws -> [String] {
        try read { try connection.query("SELECT id FROM purged ORDER BY id").compactMap { $0.string("id") } }
    }
}
