import FieldCore
import SQLiteKit

/// Coordinators' changes on the server: ordinary writes under their own actor id, so they merge
/// and sync back to officers exactly like a device's.
extension CentralStore {
    /// Sets fields of note `id` as `author`; returns the note and whether anything changed.
    public func write(id: String, changes: [NoteField: FieldValue], by author: Author) throws -> (record: Record, changed: Bool) {
        try write {
            let author = try CoordinatorGeneration.author(author, in: connection)
            let record = try existingNote(id)
            let named = Dictionary(uniqueKeysWithValues: changes.map { ($0.key.rawValue, $0.value) })
            if let erasure = record.erasureForbidding(named.keys) { throw StoreError.noteErased(id: id, erasure: erasure) }
            guard !record.isDeleted else { throw StoreError.noteDeleted(id: id) }
            guard let updated = record.writing(named, by: author) else { return (record, false) }
            try storeServerWrite(updated, old: record, source: author.device.rawValue, at: author.at)
            return (updated, true)
        }
    }

    /// Settles a conflicted field with `value`, superseding every alternative (resolving `deleted`
    /// to true deletes the note, clearing its personal fields).
    public func resolve(id: String, field: NoteField, value: FieldValue, by author: Author) throws -> Record {
        try write {
            let author = try CoordinatorGeneration.author(author, in: connection)
            let record = try existingNote(id)
            if let erasure = record.erasureForbidding([field.rawValue]) { throw StoreError.noteErased(id: id, erasure: erasure) }
            guard let resolved = record.resolving(field, to: value, by: author) else {
                throw StoreError.fieldNotInConflict(id: id, field: field.rawValue)
            }
            try storeServerWrite(resolved, old: record, source: author.device.rawValue, at: author.at)
            return resolved
        }
    }

    func existingNote(_ id: String) throws -> Record {
        guard let record = try RecordTable.load(id: id, in: connection), record.kind == .note else { throw StoreError.unknownID(id) }
        return record
    }

    /// Saves a server-side write as the next change, with its history row, in the caller's transaction.
    func storeServerWrite(_ record: Record, old: Record?, source: String, at time: Timestamp) throws {
        let seq = try lastSeq() + 1
        try RecordTable.save(record, seq: seq, in: connection)
        try ChangeHistory.append(seq: seq, old: old, new: record, source: source, at: time, in: connection)
        try TextIndex.refresh(after: seq - 1, in: connection)
    }
}
