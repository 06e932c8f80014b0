import FieldCore
import SQLiteKit

/// Settling conflicts on the device: a resolution is a local write that dominates every alternative.
extension LocalStore {
    /// Sets `field` of note `id` to `value`, superseding all its alternatives. Resolving `deleted`
    /// to true is a delete (personal fields cleared); to false it keeps the note.
    public func resolve(id: String, field: NoteField, value: FieldValue, at time: Timestamp = .now()) throws -> Note {
        try write {
            let record = try existingNote(id)
            if let erasure = record.erasureForbidding([field.rawValue]) { throw StoreError.noteErased(id: id, erasure: erasure) }
            guard let resolved = record.resolving(field, to: value, by: identity.author(at: time)) else {
                throw StoreError.fieldNotInConflict(id: id, field: field.rawValue)
            }
            try commitLocalWrite(resolved, at: time)
            return Note(record: resolved)
        }
    }
}
