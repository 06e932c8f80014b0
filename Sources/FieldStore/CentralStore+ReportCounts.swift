import FieldCore
import SQLiteKit

/// The report and the list's count from the pre-counted `note_counts` (kept by triggers,
/// StoreSchema+Central): a few thousand rows for whole weeks, the notes of partly covered weeks
/// from `records` through the time index, and overdue follow-ups, which depend on "now", from the
/// follow-up index.
extension CentralStore {
    /// The report `plan` describes; the same as `scanReport` of its filter, to the order of the lines.
    func countedReport(_ plan: ReportPlan, now: Timestamp) throws -> ReviewReport {
        // A key may come from several sources (a week's edge and its overdue notes): the report adds them up.
        var rows = try plan.countsWhereClause.map { try countedCells($0.0, $0.1) } ?? []
        for edge in plan.edges { rows += try scannedCells(edge) }
        rows += try overdueCells(plan.filter, now: now)
        return ReviewReport(cells: rows.map(ReportCell.init))
    }

    /// Each neighbourhood and each topic of the live notes once, named as the report's lines name
    /// them ("" for notes without one): the note list's suggestions, read from `note_counts`.
    public func noteNames() throws -> (neighbourhoods: [String], topics: [String]) {
        try read {
            let names = { (column: String) in
                try self.connection.query("SELECT DISTINCT \(column) AS name FROM note_counts").map { $0.string("name") ?? "" }
            }
            return (try names("neighbourhood"), try names("topic"))
        }
    }

    /// How many notes `plan` covers: the whole weeks' counts, and the notes of the edges.
    func countedNotes(_ plan: ReportPlan) throws -> Int {
        var notes = try plan.countsWhereClause.map { condition, arguments in
            try connection.scalar("SELECT coalesce(sum(notes), 0) FROM note_counts WHERE \(condition)", arguments).int ?? 0
        } ?? 0
        for edge in plan.edges {
            let (condition, arguments) = ReviewQuery.whereClause(for: edge)
            notes += try connection.scalar("SELECT count(*) FROM records WHERE \(condition)", arguments).int ?? 0
        }
        return notes
    }

    /// Cells of the whole weeks from `note_counts`.
    private func countedCells(_ condition: String, _ arguments: [SQLiteValue]) throws -> [Row] {
        try connection.query("""
            SELECT nullif(week, -1) AS week, date(nullif(week, -1) * 86400, 'unixepoch') AS week_name, neighbourhood, topic,
                sum(notes) AS notes, sum(CASE mood WHEN 'positive' THEN notes ELSE 0 END) AS positive,
                sum(CASE mood WHEN 'neutral' THEN notes ELSE 0 END) AS neutral,
                sum(CASE mood WHEN 'concerned' THEN notes ELSE 0 END) AS concerned,
                sum(CASE follow_up_status WHEN 'open' THEN notes ELSE 0 END) AS open_follow_ups, 0 AS overdue
            FROM note_counts WHERE \(condition) GROUP BY week, neighbourhood, topic
            """, arguments)
    }

    /// Cells of the notes matching `filter`, counted from `records` (the weeks a period only partly covers).
    private func scannedCells(_ filter: ReviewFilter) throws -> [Row] {
        let (condition, arguments) = ReviewQuery.whereClause(for: filter)
        return try connection.query("""
            SELECT \(Self.cellKey), count(*) AS notes, sum(mood = 'positive') AS positive, sum(mood = 'neutral') AS neutral,
                sum(mood = 'concerned') AS concerned, sum(follow_up_status = 'open') AS open_follow_ups, 0 AS overdue
            FROM records WHERE \(condition) GROUP BY 1, 3, 4
            """, arguments)
    }

    /// Cells of the open follow-ups matching `filter` whose due time is before `now`.
    private func overdueCells(_ filter: ReviewFilter, now: Timestamp) throws -> [Row] {
        let (condition, arguments) = ReviewQuery.whereClause(for: filter)
        return try connection.query("""
            SELECT \(Self.cellKey), 0, 0, 0, 0, 0, count(*) AS overdue
            FROM records WHERE \(condition) AND follow_up_status = 'open' AND follow_up_due < ? GROUP BY 1, 3, 4
            """, arguments + [.integer(now.milliseconds)])
    }

    /// A cell's key columns computed from a `records` row, as the scan computes them, in the order
    /// ReportCell reads them.
    private static let cellKey = """
        \(weekStartDay) AS week, date(\(weekStartDay) * 86400, 'unixepoch') AS week_name,
        coalesce(neighbourhood, '') AS neighbourhood, coalesce(topic, '') AS topic
        """
}
