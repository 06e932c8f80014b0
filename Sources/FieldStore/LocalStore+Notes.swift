import FieldCore
import Foundation
import SQLiteKit

/// Recording, changing and reading conversation notes.
extension LocalStore {
    /// Records a new note and returns it. The draft's stand, when given, must exist.
    @discardableResult
    public func log(_ draft: NoteDraft, id: String = LocalStore.newID(), at time: Timestamp = .now()) throws -> Note {
        try write {
            let record = draft.record(id: id, by: identity.author(at: time))
            try commitLocalWrite(record, at: time)
            return Note(record: record)
        }
    }

    /// Sets the given fields of a note. Returns the note and whether anything changed.
    public func edit(id: String, changes: [NoteField: FieldValue], at time: Timestamp = .now()) throws -> (note: Note, changed: Bool) {
        try write {
            let record = try existingNote(id)
            let named = Dictionary(uniqueKeysWithValues: changes.map { ($0.key.rawValue, $0.value) })
            if let erasure = record.erasureForbidding(named.keys) { throw StoreError.noteErased(id: id, erasure: erasure) }
            guard !record.isDeleted else { throw StoreError.noteDeleted(id: id) }
            guard let updated = record.writing(named, by: identity.author(at: time)) else {
                return (Note(record: record), false)
            }
            try commitLocalWrite(updated, at: time)
            return (Note(record: updated), true)
        }
    }

    /// Turns a note into a tombstone: marked deleted, personal fields cleared, never removed.
    @discardableResult
    public func delete(id: String, at time: Timestamp = .now()) throws -> Note {
        try write {
            let record = try existingNote(id)
            guard let deleted = record.deleting(clearing: NoteField.clearedPersonalFields, by: identity.author(at: time)) else {
                throw StoreError.alreadyDeleted(id: id)
            }
            try commitLocalWrite(deleted, at: time)
            return Note(record: deleted)
        }
    }

    /// The note with exactly this id.
    public func note(id: String) throws -> Note {
        try read { Note(record: try existingNote(id)) }
    }

    /// The full record of a note or stand, as the merge sees it.
    public func record(id: String) throws -> Record? {
        try read { try RecordTable.load(id: id, in: connection) }
    }

    /// The full id of the one note whose id starts with `prefix` (as git accepts short hashes).
    public func resolveNoteID(_ prefix: String) throws -> String {
        try read { try RecordTable.resolveNoteID(prefix, in: connection) }
    }

    /// Notes matching `filter`, oldest first.
    public func notes(_ filter: NoteFilter = NoteFilter()) throws -> [Note] {
        try noteRecords(filter).map(Note.init(record:))
    }

    /// The ids of the notes matching `filter`, oldest first, without reading their contents.
    public func noteIDs(_ filter: NoteFilter = NoteFilter()) throws -> [String] {
        let (whereClause, arguments) = NoteQuery.whereClause(for: filter)
        return try read {
            try connection.query("SELECT id FROM records WHERE \(whereClause) ORDER BY recorded_at, id", arguments)
                .compactMap { $0.string("id") }
        }
    }

    /// The full records of the notes matching `filter`, oldest first.
    public func noteRecords(_ filter: NoteFilter = NoteFilter()) throws -> [Record] {
        let (whereClause, arguments) = NoteQuery.whereClause(for: filter)
        return try read {
            try connection.query("SELECT \(RecordTable.columns) FROM records WHERE \(whereClause) ORDER BY recorded_at, id", arguments)
                .map(RecordTable.decode)
        }
    }

    /// A fresh lower-case UUID for a new record.
    public static func newID() -> String {
        UUID().uuidString.lowercased()
    }

    func existingNote(_ id: String) throws -> Record {
        guard let record = try RecordTable.load(id: id, in: connection), record.kind == .note else {
            throw StoreError.unknownID(id)
        }
        return record
    }

    /// Saves a locally written record and appends it to the change sequence, in the caller's transaction.
    ///
    /// The record is sanitised first (ErasureRule): the edit paths refuse what an erasure forbids,
    /// and this makes sure no other write path can store, or push, a record the server would refuse.
    func commitLocalWrite(_ record: Record, at time: Timestamp) throws {
        let record = ErasureRule.sanitised(record)
        try RecordTable.save(record, in: connection)
        try connection.cachedStatement("INSERT INTO changes (record_id, at) VALUES (?, ?)")
            .execute([.text(record.id), .integer(time.milliseconds)])
    }
}

/// Hints for people typing notes.
extension LocalStore {
    /// Topics of the most recent notes, most recent first, without repeats.
    public func recentTopics(limit: Int = 9) throws -> [String] {
        try read {
            try connection.query("""
                SELECT topic FROM records WHERE kind = 'note' AND deleted = 0 AND topic IS NOT NULL
                GROUP BY topic ORDER BY max(recorded_at) DESC LIMIT ?
                """, [.integer(Int64(limit))]).compactMap { $0.string("topic") }
        }
    }
}

/// Whole-store reads, for sync checks and exports.
extension LocalStore {
    /// Every record (notes and stands, tombstones included), by id.
    public func allRecords() throws -> [Record] {
        try read { try connection.query("SELECT \(RecordTable.columns) FROM records ORDER BY id").map(RecordTable.decode) }
    }
}
