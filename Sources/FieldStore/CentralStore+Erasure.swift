import FieldCore
import SQLiteKit

/// Erasure on the central store: writing erasures, and removing what they leave behind in the files.
///
/// An erasure is stored like any server-side write (next change number, history row, free-text
/// index refreshed), so it reaches every device with its next pull. Afterwards the old text still
/// exists in two places SQLite keeps for itself: superseded segments of the free-text index, and
/// old page images in the write-ahead log. `compactAfterErasure` removes both; `PRAGMA
/// secure_delete` (StoreFile) has already zeroed the freed space in the pages themselves.
extension CentralStore {
    /// Erases the notes that `prefixes` name, at `level`, as coordinator `author`, all in one
    /// transaction. Every prefix is resolved before anything is written, so an unknown or ambiguous
    /// one (`StoreError.unknownID`, `.ambiguousID`) erases nothing. One outcome per note, in order.
    ///
    /// The erasure is recorded in the audit trail in the same transaction (action `erase`, the
    /// coordinator, `device` — e.g. `cli:<login>` —, the notes and the reason), so no erasure
    /// goes unrecorded. Call `compactAfterErasure()` afterwards.
    public func eraseNotes(_ prefixes: [String], level: ErasureLevel, reason: String, by author: Author,
                           from device: String? = nil) throws -> [ErasedNote] {
        try write {
            let author = try CoordinatorGeneration.author(author, in: connection)
            var ids: [String] = []
            for prefix in prefixes {
                let id = try RecordTable.resolveNoteID(prefix, in: connection)
                if !ids.contains(id) { ids.append(id) }
            }
            var erasures: [(old: Record, new: Record)] = []
            let outcomes = try ids.map { id in
                let record = try existingNote(id)
                guard let erased = record.erasing(level, by: author) else { return ErasedNote(id: id, level: level, changed: false) }
                erasures.append((record, erased))
                return ErasedNote(id: id, level: level, changed: true)
            }
            try storeErasures(erasures, level: level, source: author.device.rawValue, at: author.at)
            _ = try AuditTable.append(AuditEvent(
                actor: author.officer, role: .coordinator, device: device, action: .erase, recordIDs: ids,
                detail: ["level": .string(level.rawValue), "reason": .string(reason), "actor_id": .string(author.device.rawValue)]),
                at: author.at, in: connection)
            return outcomes
        }
    }

    /// Saves erasures as the next changes, with their history rows and one free-text refresh, and
    /// notes that compaction is due; in the caller's transaction.
    func storeErasures(_ erasures: [(old: Record, new: Record)], level: ErasureLevel, source: String, at time: Timestamp) throws {
        guard !erasures.isEmpty else { return }
        let first = try lastSeq()
        for (offset, erasure) in erasures.enumerated() {
            let seq = first + Int64(offset) + 1
            try RecordTable.save(erasure.new, seq: seq, in: connection)
            try ChangeHistory.append(seq: seq, old: erasure.old, new: erasure.new, source: source, at: time, in: connection)
        }
        try TextIndex.refresh(after: first, in: connection)
        // The free-text index holds note text but no contact, so only a whole-note erasure needs it rebuilt.
        let pending = try MetaTable.value(MetaTable.compactionPending, in: connection)
        try MetaTable.set(MetaTable.compactionPending, level == .note || pending == "text" ? "text" : "log", in: connection)
    }

    /// Removes what erasures left in the files: merges the free-text index into one segment (the
    /// old segments still hold erased words) and truncates the write-ahead log (`PRAGMA
    /// wal_checkpoint(TRUNCATE)`), whose old frames still hold erased pages. Does nothing when no
    /// erasure is waiting.
    ///
    /// Returns false when another connection kept the log from being truncated (a reader of the
    /// running server, say); the work stays due and the next retention run tries again.
    @discardableResult
    public func compactAfterErasure() throws -> Bool {
        guard let pending = try read({ try MetaTable.value(MetaTable.compactionPending, in: connection) }) else { return true }
        try write {
            if pending == "text" { try connection.execute("INSERT INTO records_text (records_text) VALUES ('optimize')") }
            try MetaTable.set(MetaTable.compactionPending, nil, in: connection)
        }
        do {
            try StoreFile.storageCall { try connection.checkpoint() }
            return true
        } catch let error as StoreError where error.storageCondition == .busy {
            try write { try MetaTable.set(MetaTable.compactionPending, "log", in: connection) }
            return false
        }
    }
}
