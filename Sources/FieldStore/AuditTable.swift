import FieldCore
import SQLiteKit

/// The `audit` table: appending an entry to the chain, reading entries back, and the chain's head.
///
/// Appending runs inside the caller's write transaction and takes the head (the last entry's
/// number and hash) in that same transaction, so two writers can never both chain onto the same
/// entry. The head is kept in meta (`audit_head`) as well as being the table's last row: a
/// removal from the end of the table then still shows, as the head names an entry that is gone.
enum AuditTable {
    /// Every column, in table order; `hash` last, because it covers all the others.
    static let columns = "seq, at, actor, role, device, action, record_ids, detail, prev_hash, hash"

    /// Appends `event`, recorded at `time`, as the next entry of the chain; the caller holds a write transaction.
    static func append(_ event: AuditEvent, at time: Timestamp, in connection: Connection) throws -> AuditEntry {
        let head = try head(in: connection) ?? (seq: 0, hash: try genesis(in: connection))
        let values: [SQLiteValue] = [
            .integer(head.seq + 1), .integer(time.milliseconds), .text(event.actor), .text(event.role.rawValue),
            event.device.map(SQLiteValue.text) ?? .null, .text(event.action.rawValue), .text(event.recordIDsText),
            .text(event.detailText), .text(head.hash),
        ]
        let hash = AuditChain.hash(values)
        try connection.cachedStatement("INSERT INTO audit (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(values + [.text(hash)])
        try MetaTable.set(MetaTable.auditHead, "\(head.seq + 1):\(hash)", in: connection)
        return AuditEntry(seq: head.seq + 1, at: time, event: event, prevHash: head.hash, hash: hash)
    }

    /// Where the next entry chains on: the head recorded in meta, else (the record lost) the
    /// table's last entry, else nil for an empty chain.
    static func head(in connection: Connection) throws -> (seq: Int64, hash: String)? {
        if let recorded = try recordedHead(in: connection) { return recorded }
        let last = try connection.cachedStatement("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").query().first
        return last.map { (seq: $0.int64("seq") ?? 0, hash: $0.string("hash") ?? "") }
    }

    /// The head as meta records it, or nil when the key is absent or unreadable.
    static func recordedHead(in connection: Connection) throws -> (seq: Int64, hash: String)? {
        guard let text = try MetaTable.value(MetaTable.auditHead, in: connection) else { return nil }
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let seq = Int64(parts[0]) else { return nil }
        return (seq, String(parts[1]))
    }

    /// The first entry's `prev_hash` in this store, recording the chain's origin when it starts now.
    private static func genesis(in connection: Connection) throws -> String {
        if let origin = try MetaTable.value(MetaTable.auditOrigin, in: connection) { return AuditChain.genesis(origin: origin) }
        let origin = try MetaTable.value(MetaTable.storeID, in: connection) ?? ""
        try MetaTable.set(MetaTable.auditOrigin, origin, in: connection)
        return AuditChain.genesis(origin: origin)
    }

    /// The chain's start as this store records it; nil when no entry was ever appended.
    static func recordedGenesis(in connection: Connection) throws -> String? {
        try MetaTable.value(MetaTable.auditOrigin, in: connection).map(AuditChain.genesis(origin:))
    }

    /// The stored values of `row` that its hash covers: every column but the last (`hash`).
    static func hashedValues(of row: Row) -> [SQLiteValue] {
        Array(row.values.dropLast())
    }

    /// An entry read back, leniently: a column someone damaged reads as empty (verification reports it).
    static func decode(_ row: Row) -> AuditEntry {
        let ids = (try? JSONParser.parse(row.string("record_ids") ?? "[]"))?.arrayValue?.compactMap(\.stringValue) ?? []
        let detail: [String: JSONValue]
        if case .object(let members)? = try? JSONParser.parse(row.string("detail") ?? "{}") { detail = members } else { detail = [:] }
        let event = AuditEvent(
            actor: row.string("actor") ?? "", role: AuditRole(rawValue: row.string("role") ?? ""), device: row.string("device"),
            action: AuditAction(rawValue: row.string("action") ?? ""), recordIDs: ids, detail: detail)
        return AuditEntry(seq: row.int64("seq") ?? 0, at: Timestamp(milliseconds: row.int64("at") ?? 0), event: event,
                          prevHash: row.string("prev_hash") ?? "", hash: row.string("hash") ?? "")
    }
}
