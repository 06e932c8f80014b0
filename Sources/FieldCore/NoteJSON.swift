/// The stable JSON shape of a note for `--json` output: snake_case keys, ISO 8601 UTC times.
///
/// Scripts depend on these keys; add keys freely, never rename or remove one.
public struct NoteJSON: Encodable, Sendable {
    public struct Alternative: Encodable, Sendable {
        let value: FieldValue
        let officer: String
        let device: String
        let at: String
    }

    public struct Conflict: Encodable, Sendable {
        let field: String
        let values: [Alternative]
    }

    let id: String
    let standId: String?
    let neighbourhood: String
    let location: String
    let recordedAt: String
    let officer: String
    let topic: String
    let summary: String
    let tags: [String]
    let mood: String?
    let followUp: String?
    let followUpStatus: String?
    let followUpOwner: String?
    let followUpDue: String?
    let contact: String?
    let consent: Bool
    let participants: Int
    let deleted: Bool
    /// `"contact"` or `"note"` once erased (retention or request), else null.
    let erased: String?
    let version: VersionVector
    let conflicts: [Conflict]

    public init(record: Record) {
        let note = Note(record: record)
        id = note.id
        standId = note.standID
        neighbourhood = note.neighbourhood
        location = note.location
        recordedAt = note.recordedAt.iso8601
        officer = note.officer
        topic = note.topic
        summary = note.summary
        tags = note.tags
        mood = note.mood?.rawValue
        followUp = note.followUp
        followUpStatus = note.followUpStatus?.rawValue
        followUpOwner = note.followUpOwner
        followUpDue = note.followUpDue?.iso8601
        contact = note.contact
        consent = note.consent
        participants = note.participants
        deleted = note.isDeleted
        erased = note.erasure?.level.rawValue
        version = note.version
        conflicts = note.conflictedFields.map { field in
            Conflict(field: field, values: (record.fields[field]?.entries ?? []).map {
                Alternative(value: $0.value, officer: $0.mark.officer, device: $0.dot.device.rawValue, at: $0.mark.at.iso8601)
            })
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, neighbourhood, location, officer, topic, summary, tags, mood, contact, consent, participants
        case deleted, erased, version, conflicts
        case standId = "stand_id"
        case recordedAt = "recorded_at"
        case followUp = "follow_up"
        case followUpStatus = "follow_up_status"
        case followUpOwner = "follow_up_owner"
        case followUpDue = "follow_up_due"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(standId, forKey: .standId)
        try container.encode(neighbourhood, forKey: .neighbourhood)
        try container.encode(location, forKey: .location)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encode(officer, forKey: .officer)
        try container.encode(topic, forKey: .topic)
        try container.encode(summary, forKey: .summary)
        try container.encode(tags, forKey: .tags)
        try container.encode(mood, forKey: .mood)
        try container.encode(followUp, forKey: .followUp)
        try container.encode(followUpStatus, forKey: .followUpStatus)
        try container.encode(followUpOwner, forKey: .followUpOwner)
        try container.encode(followUpDue, forKey: .followUpDue)
        try container.encode(contact, forKey: .contact)
        try container.encode(consent, forKey: .consent)
        try container.encode(participants, forKey: .participants)
        try container.encode(deleted, forKey: .deleted)
        try container.encode(erased, forKey: .erased)
        try container.encode(version, forKey: .version)
        try container.encode(conflicts, forKey: .conflicts)
    }
}
