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
    case contact
    case consent
    case participants
    case deleted

    /// Fields that may identify a resident. A delete clears them; the tombstone keeps the rest
    /// (when, where, topic) so that counts stay honest without holding personal data.
    public static let personal: [NoteField] = [.summary, .tags, .followUp, .contact, .consent]

    public static var personalNames: [String] { personal.map(\.rawValue) }
}
