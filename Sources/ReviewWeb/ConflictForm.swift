import FieldCore

/// Reads what the conflict form posted: per field, the alternative picked (by its dot) or a new value.
enum ConflictForm {
    static let newChoice = "new"

    enum Outcome: Equatable {
        /// The values to settle on; `deleted` comes last, so that a delete is the final write.
        case resolutions([Resolution])
        case nothingChosen
        case invalidValue(NoteField)
        /// An alternative picked is no longer among the field's values: someone changed the note meanwhile.
        case stale
        /// Consent was settled to yes while two or more different contacts stand: the contact must be picked.
        case consentNeedsContact
    }

    struct Resolution: Equatable {
        let field: NoteField
        let value: FieldValue
    }

    static func choiceName(_ field: NoteField) -> String { "choice." + field.rawValue }
    static func newValueName(_ field: NoteField) -> String { "new." + field.rawValue }
    static func choiceValue(_ dot: Dot) -> String { "dot:\(dot.device.rawValue):\(dot.counter)" }

    static func read(_ items: [(name: String, value: String)], against record: Record) -> Outcome {
        func posted(_ name: String) -> String? { items.first { $0.name == name }?.value }
        var resolutions: [Resolution] = []
        let fields = record.conflictedFields.compactMap(NoteField.init(rawValue:))
        let chosen = items.filter { $0.name.hasPrefix("choice.") }.map { String($0.name.dropFirst("choice.".count)) }
        guard chosen.allSatisfy(record.conflictedFields.contains) else { return .stale }
        for field in fields.filter({ $0 != .deleted }) + fields.filter({ $0 == .deleted }) {
            guard let choice = posted(choiceName(field)) else { continue }
            if choice == newChoice {
                guard let value = field.parse(posted(newValueName(field)) ?? "") else { return .invalidValue(field) }
                resolutions.append(Resolution(field: field, value: value))
            } else {
                let entries = record.fields[field.rawValue]?.entries ?? []
                guard let entry = entries.first(where: { choiceValue($0.dot) == choice }) else { return .stale }
                resolutions.append(Resolution(field: field, value: entry.value))
            }
        }
        return resolutions.isEmpty ? .nothingChosen : pairingConsent(resolutions, record)
    }

    /// Contact and consent are settled by one write (Record+ConsentPairing), so of the two choices
    /// one is kept: consent "no" (which removes the contact), else the contact (which records consent).
    private static func pairingConsent(_ resolutions: [Resolution], _ record: Record) -> Outcome {
        let contact = resolutions.first { $0.field == .contact }
        guard let consent = resolutions.first(where: { $0.field == .consent }) else { return .resolutions(resolutions) }
        if contact == nil, record.consentResolutionProblem(.consent, to: consent.value) != nil { return .consentNeedsContact }
        guard contact != nil else { return .resolutions(resolutions) }
        let dropped: NoteField = consent.value == .bool(true) ? .consent : .contact
        return .resolutions(resolutions.filter { $0.field != dropped })
    }
}
