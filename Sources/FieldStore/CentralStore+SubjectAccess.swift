import FieldCore
import SQLiteKit

/// Finding everything the central store holds about one resident (a subject access request).
extension CentralStore {
    /// The notes matching `query` (SubjectQuery), oldest first, each with why and its history;
    /// tombstones only where they still match. One read transaction, so the answer is one state.
    ///
    /// Candidates come from three cheap reads, and each is then checked against every value it
    /// holds: notes holding any text in `contact`; notes whose free text holds the phrase by the
    /// FTS5 index (which folds accents and ignores punctuation, hence the exact check after it);
    /// and notes in conflict, whose non-displayed alternatives the index does not hold.
    public func subjectAccess(_ query: SubjectQuery) throws -> [SubjectMatch] {
        try StoreFile.storageCall {
            try connection.transaction(.deferred) {
                var candidates: [String: Record] = [:]
                for (condition, arguments) in Self.subjectCandidateConditions(query) {
                    let rows = try connection.query(
                        "SELECT \(RecordTable.columns) FROM records WHERE kind = 'note' AND \(condition)", arguments)
                    for record in try rows.map(RecordTable.decode) { candidates[record.id] = record }
                }
                return try candidates.values.compactMap { record -> SubjectMatch? in
                    let reasons = SubjectMatch.reasons(record, query)
                    guard !reasons.isEmpty else { return nil }
                    return SubjectMatch(record: record, reasons: reasons, history: try history(id: record.id))
                }.sorted { Self.recordedOrder($0.record) < Self.recordedOrder($1.record) }
            }
        }
    }

    private static func recordedOrder(_ record: Record) -> (Int64, String) {
        (record.value(NoteField.recordedAt.rawValue).integer ?? 0, record.id)
    }

    /// The three candidate conditions, each with its bound arguments (never spliced into the SQL).
    private static func subjectCandidateConditions(_ query: SubjectQuery) -> [(String, [SQLiteValue])] {
        [
            ("EXISTS (SELECT 1 FROM json_each(records.fields, '$.contact') WHERE json_type(value, '$.value') = 'text')", []),
            ("rowid IN (SELECT rowid FROM records_text WHERE records_text MATCH ?)", [.text(query.ftsQuery)]),
            ("has_conflict = 1", []),
        ]
    }
}
