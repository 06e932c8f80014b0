import FieldCore

/// One thing to record in the audit trail: who did what to which records, with a few facts.
///
/// It never holds note contents (residents' personal data): `recordIDs` name the records and
/// `detail` carries only small non-personal facts, such as counts, field names, a format or a
/// reason code. Never put a note's text, a search term or a file name in `detail`.
///
/// ```swift
/// try store.appendAudit(AuditEvent(actor: "Carla Smit", role: .coordinator, device: "cli:carla",
///                                  action: .erase, recordIDs: [id], detail: ["reason": .string("resident_request")]))
/// ```
public struct AuditEvent: Sendable, Equatable {
    /// The officer's or coordinator's name (for the admin or the system: a login name or a job name).
    public var actor: String
    public var role: AuditRole
    /// The device or channel: a device id for a sync, `web:<token selector>` or `cli:<login>` for a coordinator.
    public var device: String?
    public var action: AuditAction
    /// The records concerned, each once, in the order given.
    public var recordIDs: [String]
    /// Non-personal facts, stored as canonical JSON (keys sorted).
    public var detail: [String: JSONValue]

    public init(actor: String, role: AuditRole, device: String?, action: AuditAction,
                recordIDs: [String] = [], detail: [String: JSONValue] = [:]) {
        self.actor = actor
        self.role = role
        self.device = device
        self.action = action
        var seen = Set<String>()
        self.recordIDs = recordIDs.filter { seen.insert($0).inserted }
        self.detail = detail
    }

    /// `record_ids` as stored: a canonical JSON array of strings.
    var recordIDsText: String {
        JSONWriter.writeString(.array(recordIDs.map(JSONValue.string)))
    }

    /// `detail` as stored: a canonical JSON object.
    var detailText: String {
        JSONWriter.writeString(.object(detail))
    }
}
