/// Reading a field value typed by a person (`fieldkit resolve --take`, the review page).
extension NoteField {
    /// The value `text` stands for in this field, or nil with no value of the right kind.
    ///
    /// Tags are comma-separated; yes/no fields take true/false/yes/no; times take ISO 8601;
    /// an empty text clears an optional field.
    public func parse(_ text: String) -> FieldValue? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .tags:
            return .list(trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
        case .mood:
            return Mood(rawValue: trimmed.lowercased()).map { .text($0.rawValue) }
        case .followUpStatus:
            return trimmed.isEmpty ? .null : FollowUpStatus(rawValue: trimmed.lowercased()).map { .text($0.rawValue) }
        case .participants:
            return Int(trimmed).flatMap { (1...500).contains($0) ? .number(Double($0)) : nil }
        case .consent, .deleted:
            return Self.parseBool(trimmed)
        case .recordedAt:
            return ISO8601Format.parse(trimmed).map { .number(Double($0.milliseconds)) }
        case .followUpDue:
            return trimmed.isEmpty ? .null : ISO8601Format.parse(trimmed).map { .number(Double($0.milliseconds)) }
        case .followUp, .followUpOwner, .contact, .standID:
            return trimmed.isEmpty ? .null : .text(trimmed)
        case .neighbourhood, .location, .officer, .topic, .summary:
            return .text(trimmed)
        }
    }

    private static func parseBool(_ text: String) -> FieldValue? {
        switch text.lowercased() {
        case "true", "yes", "1": return .bool(true)
        case "false", "no", "0": return .bool(false)
        default: return nil
        }
    }
}
