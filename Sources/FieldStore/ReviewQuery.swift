import FieldCore
import SQLiteKit

/// Turns a `ReviewFilter` into a SQL condition over the central `records` table.
///
/// Each condition maps onto an indexed column; free text goes through the FTS5 index. Values
/// are always bound, never spliced into the SQL.
enum ReviewQuery {
    static func whereClause(for filter: ReviewFilter) -> (String, [SQLiteValue]) {
        var conditions = ["kind = 'note'"]
        var arguments: [SQLiteValue] = []
        func add(_ condition: String, _ value: SQLiteValue) {
            conditions.append(condition)
            arguments.append(value)
        }
        if let value = filter.neighbourhood { add("neighbourhood = ? COLLATE NOCASE", .text(value)) }
        if let value = filter.from { add("recorded_at >= ?", .integer(value.milliseconds)) }
        if let value = filter.before { add("recorded_at < ?", .integer(value.milliseconds)) }
        if let value = filter.officer { add("officer = ? COLLATE NOCASE", .text(value)) }
        if let value = filter.topic { add("topic = ? COLLATE NOCASE", .text(value)) }
        if let value = filter.tag { add("tags LIKE ? ESCAPE '\\'", .text("%," + escapeLike(value.lowercased()) + ",%")) }
        if let value = filter.mood { add("mood = ?", .text(value.rawValue)) }
        if let value = filter.followUpStatus { add("follow_up_status = ?", .text(value.rawValue)) }
        if let value = filter.followUpOwner { add("follow_up_owner = ? COLLATE NOCASE", .text(value)) }
        if let value = filter.hasFollowUp { conditions.append(value ? "follow_up_status IS NOT NULL" : "follow_up_status IS NULL") }
        if let value = filter.followUpDueBefore { add("follow_up_due < ?", .integer(value.milliseconds)) }
        if let value = filter.hasConflict { conditions.append(value ? "has_conflict = 1" : "has_conflict = 0") }
        if let query = ftsQuery(filter.search) { add("rowid IN (SELECT rowid FROM records_text WHERE records_text MATCH ?)", .text(query)) }
        if !filter.includeDeleted { conditions.append("deleted = 0") }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// An FTS5 query where every word typed must occur, each taken literally (quoted) as a prefix,
    /// so that punctuation a coordinator types can never be read as FTS syntax.
    static func ftsQuery(_ search: String?) -> String? {
        let words = (search ?? "").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { return nil }
        return words.prefix(10).map { "\"\($0)\"*" }.joined(separator: " ")
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
