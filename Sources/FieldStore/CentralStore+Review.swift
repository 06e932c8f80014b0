import FieldCore
import SQLiteKit

/// The coordinators' reads: filtered notes, one note's history, id prefixes.
extension CentralStore {
    /// Notes matching `filter`, newest first, `limit` from `offset`.
    public func reviewNotes(_ filter: ReviewFilter, limit: Int = 50, offset: Int = 0) throws -> [Record] {
        let (condition, arguments) = ReviewQuery.whereClause(for: filter)
        return try read {
            try connection.query(
                "SELECT \(RecordTable.columns) FROM records WHERE \(condition) ORDER BY recorded_at DESC, id LIMIT ? OFFSET ?",
                arguments + [.integer(Int64(limit)), .integer(Int64(offset))]
            ).map(RecordTable.decode)
        }
    }

    /// How many notes match `filter`, for paging: from `note_counts` when the filter allows
    /// (ReportPlan), so that the unfiltered list need not count a million notes.
    public func countNotes(_ filter: ReviewFilter) throws -> Int {
        guard let plan = ReportPlan.make(for: filter) else { return try scanCount(filter) }
        return try read { try countedNotes(plan) }
    }

    /// How many notes match `filter`, counted one by one (through an index where one fits).
    func scanCount(_ filter: ReviewFilter) throws -> Int {
        let (condition, arguments) = ReviewQuery.whereClause(for: filter)
        return try read { try connection.scalar("SELECT count(*) FROM records WHERE \(condition)", arguments).int ?? 0 }
    }

    /// The stored changes of a record, oldest first.
    public func history(id: String) throws -> [HistoryEntry] {
        try read {
            try connection.query("SELECT seq, at, source, writes FROM history WHERE record_id = ? ORDER BY seq", [.text(id)])
                .map(Self.decodeHistory)
        }
    }

    /// The full id of the one note whose id starts with `prefix`.
    public func resolveNoteID(_ prefix: String) throws -> String {
        try read { try RecordTable.resolveNoteID(prefix, in: connection) }
    }

    private static func decodeHistory(_ row: Row) throws -> HistoryEntry {
        let writes = try (JSONParser.parse(row.string("writes") ?? "[]").arrayValue ?? []).map { value in
            HistoryEntry.Write(
                device: DeviceID(value["device"]?.stringValue ?? ""), counter: UInt64(value["counter"]?.int64Value ?? 0),
                officer: value["officer"]?.stringValue ?? "", at: Timestamp(milliseconds: value["at"]?.int64Value ?? 0),
                fields: value["fields"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        return HistoryEntry(seq: row.int64("seq") ?? 0, mergedAt: Timestamp(milliseconds: row.int64("at") ?? 0),
                            source: row.string("source") ?? "", writes: writes)
    }
}
