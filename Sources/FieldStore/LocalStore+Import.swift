import FieldCore
import SQLiteKit

/// Bulk loading of records written elsewhere (the Fixtures sample), in one transaction.
extension LocalStore {
    /// Stores each record whose id is not here yet, as a local write to push; returns how many
    /// were added and how many were already present (an import can be repeated harmlessly).
    /// Records purged from this laptop count as present: an import does not bring them back.
    public func importRecords(_ records: [Record], at time: Timestamp = .now()) throws -> (added: Int, skipped: Int) {
        try write {
            var added = 0
            for record in records where try RecordTable.load(id: record.id, in: connection) == nil && !(try isPurged(record.id)) {
                try commitLocalWrite(record, at: time)
                added += 1
            }
            return (added, records.count - added)
        }
    }
}
