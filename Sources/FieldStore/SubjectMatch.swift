import FieldCore

/// One note a subject access request found: the note in full, which fields matched by which
/// rule (SubjectQuery), and the note's change history.
public struct SubjectMatch: Sendable, Equatable {
    /// One field that matched, and the rule it matched by.
    public struct Reason: Sendable, Hashable {
        public enum Rule: String, Sendable {
            /// The contact holds the phone number given, digits compared.
            case contactPhone = "contact_phone_digits"
            /// The contact holds the e-mail address given, compared lower-cased.
            case contactEmail = "contact_email"
            /// The contact holds the text given as a whole phrase, case and spacing aside.
            case contactText = "contact_text"
            /// A free-text field holds the exact text given as a whole phrase, case aside.
            case exactPhrase = "exact_phrase"
        }

        public let field: String
        public let rule: Rule
    }

    public let record: Record
    public let reasons: [Reason]
    public let history: [HistoryEntry]

    /// Why `record` matches `query`, field by field (contact first, then the free text), or
    /// nothing when it does not. Every value the record holds counts, conflict alternatives too.
    static func reasons(_ record: Record, _ query: SubjectQuery) -> [Reason] {
        var reasons: [Reason] = []
        let contacts = texts(record, NoteField.contact.rawValue)
        if contacts.contains(where: query.matchesContact) {
            let rule: Reason.Rule = switch query.contactKind {
            case .phone: .contactPhone
            case .email: .contactEmail
            case .text: .contactText
            }
            reasons.append(Reason(field: NoteField.contact.rawValue, rule: rule))
        }
        for field in SubjectQuery.freeTextFields where texts(record, field).contains(where: query.containsPhrase) {
            reasons.append(Reason(field: field, rule: .exactPhrase))
        }
        return reasons
    }

    /// Every text a field holds: each alternative's text, and each item of a list (tags).
    private static func texts(_ record: Record, _ field: String) -> [String] {
        (record.fields[field]?.entries ?? []).flatMap { entry -> [String] in
            switch entry.value {
            case .text(let text): return [text]
            case .list(let items): return items
            default: return []
            }
        }
    }
}
