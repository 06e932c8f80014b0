import FieldCore
import SQLiteKit

/// Settling conflicts on the device: a resolution is a local write that dominates every alternative.
extension LocalStore {
    /// Sets `field` of note `id` to `value`, superseding all its alternatives. Resolving `deleted`
    /// to true is a delete (personal fields cleared); to false it keeps the note.
    public func resolve(id: String, field: NoteField, value: FieldValue, at time: Timestamp = .now()) throws -> Note {
        try write {
            let record = try existingNote(id)
            guard record.fields[field.rawValue]?.isConflicted == true else {
                throw StoreError.fieldNotInConflict(id: id, field: field.rawValue)
            }
            let author = identity.author(at: time)
            let resolved = field == .deleted && value == .bool(true)
                ? record.deleting(clearing: NoteField.clearedPersonalFields, by: author)
                : record.writing([field.rawValue: value], by: author)
            guard let resolved else { throw StoreError.fieldNotInConflict(id: id, field: field.rawValue) }
            try commitLocalWrite(resolved, at: time)
            return Note(record: resolved)
        }
    }
}
