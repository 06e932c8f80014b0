import FieldCore
import FieldStore

/// The JSON shape of a subject access export: what was searched, by whom and when, how notes were
/// matched, and every matching note in full (every value each field holds, with who wrote it when),
/// its consent record and its history. Snake_case keys and ISO 8601 UTC times, as every `--json`.
struct SubjectAccessJSON: Encodable {
    struct Entry: Encodable {
        let value: FieldValue
        let officer: String
        let device: String
        let counter: UInt64
        let at: String
    }

    struct Reason: Encodable {
        let field: String
        let rule: String
    }

    struct Consent: Encodable {
        let decision: String
        let officer: String
        let device: String
        let at: String
    }

    struct NoteExport: Encodable {
        let id: String
        let recordedAt: String
        let neighbourhood: String
        let standId: String?
        let officer: String
        let deleted: Bool
        let matched: [Reason]
        let consent: Consent?
        let fields: [String: [Entry]]
        let history: [ReviewHistoryJSON]

        enum CodingKeys: String, CodingKey {
            case id, neighbourhood, officer, deleted, matched, consent, fields, history
            case recordedAt = "recorded_at"
            case standId = "stand_id"
        }

        /// Every key always present: a note without a stand or consent says `null`.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(recordedAt, forKey: .recordedAt)
            try container.encode(neighbourhood, forKey: .neighbourhood)
            try container.encode(standId, forKey: .standId)
            try container.encode(officer, forKey: .officer)
            try container.encode(deleted, forKey: .deleted)
            try container.encode(matched, forKey: .matched)
            try container.encode(consent, forKey: .consent)
            try container.encode(fields, forKey: .fields)
            try container.encode(history, forKey: .history)
        }
    }

    let searchedFor: String
    let contactComparedAs: String
    let requestedBy: String
    let requestedAt: String
    let matchCount: Int
    let notes: [NoteExport]

    enum CodingKeys: String, CodingKey {
        case notes
        case searchedFor = "searched_for"
        case contactComparedAs = "contact_compared_as"
        case requestedBy = "requested_by"
        case requestedAt = "requested_at"
        case matchCount = "match_count"
    }

    init(query: SubjectQuery, requestedBy: String, at time: Timestamp, matches: [SubjectMatch]) {
        searchedFor = query.text
        contactComparedAs = query.contactKind.rawValue
        self.requestedBy = requestedBy
        requestedAt = time.iso8601
        matchCount = matches.count
        notes = matches.map(Self.export)
    }

    private static func export(_ match: SubjectMatch) -> NoteExport {
        let note = Note(record: match.record)
        let consent = ConsentRecord(record: match.record).map {
            Consent(decision: $0.decision.rawValue, officer: $0.mark.officer, device: $0.mark.dot.device.rawValue, at: $0.mark.at.iso8601)
        }
        return NoteExport(
            id: note.id, recordedAt: note.recordedAt.iso8601, neighbourhood: note.neighbourhood, standId: note.standID,
            officer: note.officer, deleted: note.isDeleted,
            matched: match.reasons.map { Reason(field: $0.field, rule: $0.rule.rawValue) }, consent: consent,
            fields: match.record.fields.mapValues { register in
                register.entries.map {
                    Entry(value: $0.value, officer: $0.mark.officer, device: $0.dot.device.rawValue, counter: $0.dot.counter, at: $0.mark.at.iso8601)
                }
            },
            history: match.history.map(ReviewHistoryJSON.init))
    }
}
