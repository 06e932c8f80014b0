/// What an officer enters for a new note, before it becomes a record.
public struct NoteDraft: Sendable, Equatable {
    public var standID: String?
    public var neighbourhood: String
    public var location: String
    public var recordedAt: Timestamp
    public var officer: String
    public var topic: String
    public var summary: String
    public var tags: [String]
    public var mood: Mood
    public var followUp: String?
    public var contact: String?
    public var participants: Int

    public init(
        standID: String? = nil, neighbourhood: String, location: String = "", recordedAt: Timestamp = .now(),
        officer: String, topic: String, summary: String, tags: [String] = [], mood: Mood = .neutral,
        followUp: String? = nil, contact: String? = nil, participants: Int = 1
    ) {
        self.standID = standID
        self.neighbourhood = neighbourhood
        self.location = location
        self.recordedAt = recordedAt
        self.officer = officer
        self.topic = topic
        self.summary = summary
        self.tags = tags
        self.mood = mood
        self.followUp = followUp
        self.contact = contact
        self.participants = participants
    }

    /// The field values of the new record. Contact is only present with consent, so a draft
    /// carries `contact` only when the officer recorded consent (the CLI enforces `--consent`).
    public var fieldValues: [String: FieldValue] {
        var values: [NoteField: FieldValue] = [
            .neighbourhood: .text(neighbourhood),
            .location: .text(location),
            .recordedAt: .number(Double(recordedAt.milliseconds)),
            .officer: .text(officer),
            .topic: .text(topic),
            .summary: .text(summary),
            .tags: .list(tags),
            .mood: .text(mood.rawValue),
            .followUp: followUp.map(FieldValue.text) ?? .null,
            .followUpStatus: followUp == nil ? .null : .text(FollowUpStatus.open.rawValue),
            .contact: contact.map(FieldValue.text) ?? .null,
            .consent: .bool(contact != nil),
            .participants: .number(Double(participants)),
        ]
        if let standID { values[.standID] = .text(standID) }
        return Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
    }

    /// The record for this draft, written by `author`.
    public func record(id: String, by author: Author) -> Record {
        Record.created(id: id, kind: .note, values: fieldValues, by: author)
    }
}
