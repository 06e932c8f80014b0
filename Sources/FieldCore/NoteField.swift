/// The fields of a conversation note, by their stored (and wire) names.
public enum NoteField: String, CaseIterable, Sendable {
    case standID = "stand_id"
    case neighbourhood
    case location
    case recordedAt = "recorded_at"
    case officer
    case topic
    case summary
    case tags
    case mood
    case followUp = "follow_up"
    case followUpStatus = "follow_up_status"
    /// The officer a coordinator handed the follow-up to.
    case followUpOwner = "follow_up_owner"
    /// When the follow-up should be done (milliseconds UTC).
    case followUpDue = "follow_up_due"
    case contact
    case consent
    case participants
    case deleted

    /// Fields that may identify a resident. A delete clears them; the tombstone keeps the rest
    /// (when, where, topic) so that counts stay honest without holding personal data.
    public static let personal: [NoteField] = [.summary, .tags, .followUp, .contact, .consent]

    /// What a delete writes to each personal field: empty, but of the field's own type.
    public static var clearedPersonalFields: [String: FieldValue] {
        Dictionary(uniqueKeysWithValues: personal.map { ($0.rawValue, $0.clearedValue) })
    }

    /// The empty value of this field: "" for text, [] for tags, false for consent, null for optional fields.
    public var clearedValue: FieldValue {
        switch self {
        case .summary, .topic, .neighbourhood, .location, .officer: return .text("")
        case .tags: return .list([])
        case .consent, .deleted: return .bool(false)
        case .followUp, .followUpStatus, .followUpOwner, .followUpDue, .contact, .standID, .mood, .recordedAt, .participants:
            return .null
        }
    }
}
