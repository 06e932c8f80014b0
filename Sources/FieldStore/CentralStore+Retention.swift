import FieldCore
import SQLiteKit

/// The retention policy on the central store: where it is kept, which notes it reaches, and the
/// erasures it writes. `RetentionRunner` strings these steps together.
extension CentralStore {
    /// The policy in force; off (nothing erased) until an admin sets one.
    public func retentionPolicy() throws -> RetentionPolicy {
        try read {
            func period(_ key: String) throws -> Int64? { try MetaTable.value(key, in: connection).flatMap { Int64($0) } }
            return RetentionPolicy(contact: try period(MetaTable.retentionContact), notes: try period(MetaTable.retentionNotes))
        }
    }

    /// Replaces the policy; a nil period turns that retention off.
    public func setRetentionPolicy(_ policy: RetentionPolicy) throws {
        try write {
            try MetaTable.set(MetaTable.retentionContact, policy.contact.map { String($0) }, in: connection)
            try MetaTable.set(MetaTable.retentionNotes, policy.notes.map { String($0) }, in: connection)
        }
    }

    /// The notes the policy reaches at `now`, oldest first. A note with no recorded time counts as
    /// old: it cannot be shown to be inside its retention.
    public func retentionPlan(at now: Timestamp) throws -> RetentionPlan {
        let policy = try retentionPolicy()
        return try read {
            func ids(_ condition: String, before cutoff: Timestamp?) throws -> [String] {
                guard let cutoff else { return [] }
                return try connection.query(
                    "SELECT id FROM records WHERE \(condition) AND (recorded_at IS NULL OR recorded_at < ?) ORDER BY recorded_at, id",
                    [.integer(cutoff.milliseconds)]
                ).compactMap { $0.string("id") }
            }
            // Each condition repeats its partial index's WHERE term, so SQLite reads only that index.
            let notes = try ids("kind = 'note' AND erased IS NOT 'note'", before: policy.notesCutoff(at: now))
            let whole = Set(notes)
            let contacts = try ids("holds_contact = 1 AND kind = 'note'", before: policy.contactCutoff(at: now))
            return RetentionPlan(notes: notes, contacts: contacts.filter { !whole.contains($0) })
        }
    }

    /// Erases the notes `ids` at `level` as the retention actor, in one transaction; returns how many
    /// were erased. Each note is checked again first: one that was changed since the plan (erased
    /// already, its contact removed, its time edited) is left alone.
    public func applyRetention(_ ids: [String], level: ErasureLevel, at now: Timestamp) throws -> Int {
        let policy = try retentionPolicy()
        guard let cutoff = level == .note ? policy.notesCutoff(at: now) : policy.contactCutoff(at: now) else { return 0 }
        return try write {
            let author = try CoordinatorGeneration.author(Self.retentionAuthor(at: now), in: connection)
            var erasures: [(old: Record, new: Record)] = []
            for id in ids {
                guard let record = try RecordTable.load(id: id, in: connection), record.kind == .note,
                      Self.isDue(record, level: level, before: cutoff),
                      let erased = record.erasing(level, by: author) else { continue }
                erasures.append((record, erased))
            }
            try storeErasures(erasures, level: level, source: author.device.rawValue, at: now)
            if !erasures.isEmpty {
                _ = try AuditTable.append(AuditEvent(
                    actor: "retention", role: .system, device: author.device.rawValue, action: .retention,
                    recordIDs: erasures.map(\.new.id), detail: ["level": .string(level.rawValue)]), at: now, in: connection)
            }
            return erasures.count
        }
    }

    /// The author of retention erasures: actor `coord:retention` (CoordinatorGeneration adds `.rN` after a restore).
    static func retentionAuthor(at now: Timestamp) -> Author {
        Author(device: CoordinatorActor.deviceID(for: ErasureRule.retentionActorName), officer: "retention policy", at: now)
    }

    /// Whether `record` is still due for an erasure at `level`: recorded before `cutoff` (or never),
    /// and, for a contact erasure, still holding a contact.
    static func isDue(_ record: Record, level: ErasureLevel, before cutoff: Timestamp) -> Bool {
        let recordedAt = record.value(NoteField.recordedAt.rawValue).integer
        guard recordedAt.map({ $0 < cutoff.milliseconds }) ?? true else { return false }
        return level == .note || record.fields[NoteField.contact.rawValue]?.entries.contains { $0.value != .null } == true
    }
}
