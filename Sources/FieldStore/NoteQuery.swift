import FieldCore
import SQLiteKit

/// Turns a `NoteFilter` into a SQL condition over the `records` table's projected columns.
enum NoteQuery {
    static func whereClause(for filter: NoteFilter) -> (String, [SQLiteValue]) {
        var conditions = ["kind = 'note'"]
        var arguments: [SQLiteValue] = []
        func add(_ condition: String, _ value: SQLiteValue) {
            conditions.append(condition)
            arguments.append(value)
        }
        if let neighbourhood = filter.neighbourhood { add("neighbourhood = ? COLLATE NOCASE", .text(neighbourhood)) }
        if let topic = filter.topic { add("topic = ? COLLATE NOCASE", .text(topic)) }
        if let status = filter.followUpStatus { add("follow_up_status = ?", .text(status.rawValue)) }
        if let from = filter.recordedFrom { add("recorded_at >= ?", .integer(from.milliseconds)) }
        if let before = filter.recordedBefore { add("recorded_at < ?", .integer(before.milliseconds)) }
        if !filter.includeDeleted { conditions.append("deleted = 0") }
        if filter.onlyConflicted { conditions.append("has_conflict = 1") }
        return (conditions.joined(separator: " AND "), arguments)
    }
}
