import FieldCore
import FieldStore

/// The one way the review pages find the note a URL names.
extension CentralStore {
    /// The note whose id is, or uniquely starts with, `prefix`; `StoreError.unknownID` (404) otherwise.
    func note(named prefix: String) throws -> Record {
        let id = try resolveNoteID(prefix)
        guard let record = try record(id: id) else { throw StoreError.unknownID(id) }
        return record
    }
}
