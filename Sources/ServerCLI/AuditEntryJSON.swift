import FieldCore
import FieldStore

/// One audit entry as `audit list --json` prints it; the keys are a stable contract.
struct AuditEntryJSON: Encodable {
    /// A `JSONValue` for `JSONEncoder`: the entry's detail, whatever facts it holds.
    struct Value: Encodable {
        let value: JSONValue

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch value {
            case .null: try container.encodeNil()
            case .bool(let flag): try container.encode(flag)
            case .integer(let integer): try container.encode(integer)
            case .number(let number): try container.encode(number)
            case .string(let string): try container.encode(string)
            case .array(let elements): try container.encode(elements.map(Value.init))
            case .object(let members): try container.encode(members.mapValues(Value.init))
            }
        }
    }

    let seq: Int64
    /// ISO 8601 UTC.
    let at: String
    let actor: String
    let role: String
    let device: String?
    let action: String
    let recordIDs: [String]
    let detail: Value
    let prevHash: String
    let hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, actor, role, device, action, detail, hash
        case recordIDs = "record_ids"
        case prevHash = "prev_hash"
    }

    init(_ entry: AuditEntry) {
        seq = entry.seq
        at = entry.at.iso8601
        actor = entry.event.actor
        role = entry.event.role.rawValue
        device = entry.event.device
        action = entry.event.action.rawValue
        recordIDs = entry.event.recordIDs
        detail = Value(value: .object(entry.event.detail))
        prevHash = entry.prevHash
        hash = entry.hash
    }

    /// Writes `device` as null when there is none, so every entry has every key.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seq, forKey: .seq)
        try container.encode(at, forKey: .at)
        try container.encode(actor, forKey: .actor)
        try container.encode(role, forKey: .role)
        try container.encode(device, forKey: .device)
        try container.encode(action, forKey: .action)
        try container.encode(recordIDs, forKey: .recordIDs)
        try container.encode(detail, forKey: .detail)
        try container.encode(prevHash, forKey: .prevHash)
        try container.encode(hash, forKey: .hash)
    }
}
