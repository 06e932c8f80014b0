import FieldCore
import SQLiteKit

/// Reads and writes records in a `records` table, keeping the query columns in step with the state.
///
/// Device and central stores share this layout; the central one adds `seq`, its change sequence.
enum RecordTable {
    static let columns = "id, kind, version, fields"
    private static let selectByID = "SELECT \(columns) FROM records WHERE id = ?"

    /// Columns derived from the record's state, for filtering and indexes.
    private static let projected = [
        "deleted", "has_conflict", "stand_id", "neighbourhood", "topic", "officer", "recorded_at",
        "follow_up_status", "closed_at", "mood", "tags", "follow_up_owner", "follow_up_due", "location",
        "summary", "follow_up",
    ]

    static func load(id: String, in connection: Connection) throws -> Record? {
        try loadStored(id: id, in: connection).map(decode)
    }

    /// A stored record as its stored texts, undecoded: enough to recognise a state already held.
    ///
    /// Two correct replicas with equal versions hold equal states (a state is the join of the
    /// writes its version names), and the stored version is canonical text, so an incoming record
    /// whose `storedVersion` equals `version` changes nothing and its fields need not be decoded.
    static func loadStored(id: String, in connection: Connection) throws -> StoredRecordText? {
        try connection.cachedStatement(selectByID).query([.text(id)]).first.map(storedText)
    }

    /// The stored texts of a row selected with `columns`.
    static func storedText(_ row: Row) -> StoredRecordText {
        StoredRecordText(id: row.string("id") ?? "", kind: row.string("kind") ?? "",
                         version: row.string("version") ?? "{}", fields: row.string("fields") ?? "{}")
    }

    static func decode(_ stored: StoredRecordText) throws -> Record {
        try Record(id: stored.id, kind: RecordKind(rawValue: stored.kind) ?? .note,
                   storedVersion: stored.version, storedFields: stored.fields)
    }

    /// The full id of the one note whose id starts with `prefix` (as git accepts short hashes).
    static func resolveNoteID(_ prefix: String, in connection: Connection) throws -> String {
        let needle = prefix.lowercased()
        guard Record.isValidID(needle) else { throw StoreError.unknownID(prefix) }
        let matches = try connection.cachedStatement(
            "SELECT id FROM records WHERE kind = 'note' AND id >= ? AND id < ? ORDER BY id LIMIT 4"
        ).query([.text(needle), .text(needle + "\u{10FFFF}")]).compactMap { $0.string("id") }
        switch matches.count {
        case 0: throw StoreError.unknownID(prefix)
        case 1: return matches[0]
        default: throw StoreError.ambiguousID(prefix, matches: matches.map { String($0.prefix(12)) })
        }
    }

    /// Inserts or replaces the full state of `record`, with its projected columns and, in the central
    /// store, its new change sequence number and retention columns.
    static func save(_ record: Record, seq: Int64? = nil, in connection: Connection) throws {
        var values = row(for: record)
        if let seq { values += [.integer(seq)] + retentionColumns(for: record) }
        try connection.cachedStatement(seq == nil ? deviceUpsert : centralUpsert).execute(values)
    }

    static func decode(_ row: Row) throws -> Record {
        try decode(storedText(row))
    }

    /// Built once: the statement cache is keyed by SQL text, so building it per save cost a
    /// string of ~600 bytes and its hash for every record merged.
    private static let deviceUpsert = upsertSQL(extra: [])
    private static let centralUpsert = upsertSQL(extra: ["seq", "erased", "holds_contact"])

    private static func upsertSQL(extra: [String]) -> String {
        let names = ["id", "kind", "version", "fields"] + projected + extra
        let updates = names.dropFirst(2).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return "INSERT INTO records (\(names.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: names.count).joined(separator: ", ")
            + ") ON CONFLICT (id) DO UPDATE SET \(updates)"
    }

    /// The central store's columns for the retention run: the erasure level, and whether any
    /// `contact` entry is not null (a conflict with one counts: it still holds a contact).
    private static func retentionColumns(for record: Record) -> [SQLiteValue] {
        let holdsContact = record.fields[NoteField.contact.rawValue]?.entries.contains { $0.value != .null } ?? false
        return [ErasureRule.level(of: record).map { .text($0.rawValue) } ?? .null, .integer(holdsContact ? 1 : 0)]
    }

    /// Tags as `,evening,repeat,`, so that one tag matches with `LIKE '%,tag,%'` and never a part of another.
    private static func tags(_ record: Record) -> SQLiteValue {
        guard let tags = record.value(NoteField.tags.rawValue).list, !tags.isEmpty else { return .null }
        return .text("," + tags.joined(separator: ",") + ",")
    }

    private static func row(for record: Record) -> [SQLiteValue] {
        func text(_ name: String) -> SQLiteValue { record.value(name).text.map(SQLiteValue.text) ?? .null }
        func integer(_ name: String) -> SQLiteValue { record.value(name).integer.map(SQLiteValue.integer) ?? .null }
        let timeColumn = record.kind == .note ? NoteField.recordedAt.rawValue : StandField.openedAt.rawValue
        return [
            .text(record.id), .text(record.kind.rawValue),
            .text(record.storedVersion), .text(record.storedFields),
            .integer(record.isDeleted ? 1 : 0), .integer(record.hasConflict ? 1 : 0),
            text(NoteField.standID.rawValue), text(NoteField.neighbourhood.rawValue),
            text(NoteField.topic.rawValue), text(NoteField.officer.rawValue),
            integer(timeColumn), text(NoteField.followUpStatus.rawValue),
            integer(StandField.closedAt.rawValue), text(NoteField.mood.rawValue), tags(record),
            text(NoteField.followUpOwner.rawValue), integer(NoteField.followUpDue.rawValue),
            text(NoteField.location.rawValue), text(NoteField.summary.rawValue), text(NoteField.followUp.rawValue),
        ]
    }
}
