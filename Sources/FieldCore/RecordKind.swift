/// What a record describes. Both kinds merge the same way; only their fields differ.
public enum RecordKind: String, Hashable, Sendable, Codable, CaseIterable {
    case note
    case stand
}
