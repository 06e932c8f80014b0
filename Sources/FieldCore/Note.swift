/// A conversation note as people read it: the typed view of a `note` record.
///
/// Values in conflict show their most recent alternative; `conflictedFields` says which.
public struct Note: Hashable, Sendable {
    public let id: String
    public let standID: String?
    public let neighbourhood: String
    public let location: String
    public let recordedAt: Timestamp
    public let officer: String
    public let topic: String
    public let summary: String
    public let tags: [String]
    public let mood: Mood?
    public let followUp: String?
    public let followUpStatus: FollowUpStatus?
    public let followUpOwner: String?
    public let followUpDue: Timestamp?
    public let contact: String?
    public let consent: Bool
    public let participants: Int
    public let isDeleted: Bool
    /// Set once the note's contact or the whole note was erased (retention or on request).
    public let erasure: Erasure?
    public let version: VersionVector
    public let conflictedFields: [String]

    public init(record: Record) {
        func text(_ field: NoteField) -> String? { record.value(field.rawValue).text }
        id = record.id
        standID = text(.standID)
        neighbourhood = text(.neighbourhood) ?? ""
        location = text(.location) ?? ""
        recordedAt = Timestamp(milliseconds: record.value(NoteField.recordedAt.rawValue).integer ?? 0)
        officer = text(.officer) ?? ""
        topic = text(.topic) ?? ""
        summary = text(.summary) ?? ""
        tags = record.value(NoteField.tags.rawValue).list ?? []
        mood = text(.mood).flatMap(Mood.init(rawValue:))
        followUp = text(.followUp)
        followUpStatus = text(.followUpStatus).flatMap(FollowUpStatus.init(rawValue:))
        followUpOwner = text(.followUpOwner)
        followUpDue = record.value(NoteField.followUpDue.rawValue).integer.map(Timestamp.init(milliseconds:))
        contact = text(.contact)
        consent = record.value(NoteField.consent.rawValue).bool ?? false
        participants = Int(record.value(NoteField.participants.rawValue).integer ?? 1)
        isDeleted = record.isDeleted
        erasure = record.erasure
        version = record.version
        conflictedFields = record.conflictedFields
    }
}
