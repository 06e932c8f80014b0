/// Who recorded a note's consent decision, and when: the write mark of its consent entry.
///
/// The consent rule (Record+ConsentRule) makes the write that stored a contact also store consent,
/// so the mark of the consent entry shown is the record of consent: the officer (or coordinator),
/// the device and the time. While consent is in conflict this is its most recent alternative,
/// as for every field.
public struct ConsentRecord: Hashable, Sendable {
    public enum Decision: String, Sendable {
        /// The resident agreed that their contact details are stored.
        case given
        /// Consent was taken back, or the contact removed, after the note was recorded.
        case withdrawn
        /// The note was recorded without consent (and so without contact).
        case notGiven = "not_given"
        /// The note was deleted, which clears consent with the other personal fields.
        case clearedByDelete = "cleared_by_delete"
    }

    public let decision: Decision
    public let mark: WriteMark

    /// The consent decision a record shows, or nil when it has no consent field.
    public init?(record: Record) {
        guard let entry = record.fields[NoteField.consent.rawValue]?.latestEntry else { return nil }
        mark = entry.mark
        func sameWrite(_ field: String, where holds: (FieldValue) -> Bool = { _ in true }) -> Bool {
            record.fields[field]?.entries.contains { $0.dot == entry.dot && holds($0.value) } ?? false
        }
        if entry.value == .bool(true) {
            decision = .given
        } else if sameWrite(RecordField.deleted, where: { $0 == .bool(true) }) {
            decision = .clearedByDelete
        } else if sameWrite(NoteField.recordedAt.rawValue) {
            decision = .notGiven  // written by the write that created the note
        } else {
            decision = .withdrawn
        }
    }

    /// `given by Anna de Boer on 2026-09-05 15:12`, with times written by `time`.
    public func sentence(time: (Timestamp) -> String) -> String {
        let when = time(mark.at)
        switch decision {
        case .given: return "given by \(mark.officer) on \(when)"
        case .withdrawn: return "withdrawn by \(mark.officer) on \(when)"
        case .notGiven: return "not given"
        case .clearedByDelete: return "cleared when \(mark.officer) deleted the note on \(when)"
        }
    }
}
