import FieldCore
import SQLiteKit

/// Reads and writes records in the `records` table, keeping the query columns in step with the state.
enum RecordTable {
    static let columns = "id, kind, version, fields"

    static func load(id: String, in connection: Connection) throws -> Record? {
        try connection.cachedStatement("SELECT \(columns) FROM records WHERE id = ?")
            .query([.text(id)]).first.map(decode)
    }

    /// Inserts or replaces the full state of `record`, with its projected columns.
    static func save(_ record: Record, in connection: Connection) throws {
        let statement = try connection.cachedStatement("""
            INSERT INTO records (id, kind, version, fields, deleted, has_conflict, stand_id, neighbourhood,
                                 topic, officer, recorded_at, follow_up_status, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                version = excluded.version, fields = excluded.fields, deleted = excluded.deleted,
                has_conflict = excluded.has_conflict, stand_id = excluded.stand_id,
                neighbourhood = excluded.neighbourhood, topic = excluded.topic, officer = excluded.officer,
                recorded_at = excluded.recorded_at, follow_up_status = excluded.follow_up_status,
                closed_at = excluded.closed_at
            """)
        try statement.execute(try row(for: record))
    }

    static func decode(_ row: Row) throws -> Record {
        let version = try CanonicalJSON.decode(VersionVector.self, from: row.string("version") ?? "{}")
        let fields = try CanonicalJSON.decode([String: FieldRegister].self, from: row.string("fields") ?? "{}")
        let kind = RecordKind(rawValue: row.string("kind") ?? "") ?? .note
        return Record(id: row.string("id") ?? "", kind: kind, version: version, fields: fields)
    }

    private static func row(for record: Record) throws -> [SQLiteValue] {
        func text(_ name: String) -> SQLiteValue { record.value(name).text.map(SQLiteValue.text) ?? .null }
        func integer(_ name: String) -> SQLiteValue { record.value(name).integer.map(SQLiteValue.integer) ?? .null }
        let timeColumn = record.kind == .note ? NoteField.recordedAt.rawValue : StandField.openedAt.rawValue
        return [
            .text(record.id), .text(record.kind.rawValue),
            .text(try CanonicalJSON.encodeString(record.version)),
            .text(try CanonicalJSON.encodeString(record.fields)),
            .integer(record.isDeleted ? 1 : 0), .integer(record.hasConflict ? 1 : 0),
            text(NoteField.standID.rawValue), text(NoteField.neighbourhood.rawValue),
            text(NoteField.topic.rawValue), text(NoteField.officer.rawValue),
            integer(timeColumn), text(NoteField.followUpStatus.rawValue),
            integer(StandField.closedAt.rawValue),
        ]
    }
}
