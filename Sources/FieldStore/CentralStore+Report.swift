import FieldCore
import SQLiteKit

/// The coordinators' report: grouped counts computed in SQL over the indexed columns.
extension CentralStore {
    /// The week a note falls in: the Monday (UTC) on or before its day, in days since 1970-01-01
    /// (a Thursday, hence the +3). `note_counts` keys by the same formula (StoreSchema+Central).
    static let weekStartDay = "((recorded_at / 86400000) - (((recorded_at / 86400000) + 3) % 7))"

    /// Counts of the notes matching `filter`, per neighbourhood, topic and week, with the chart cells.
    ///
    /// Filters on neighbourhood, topic, mood, follow-up status and period are answered from the
    /// pre-counted `note_counts` (ReportPlan); any other filter scans the matching notes.
    public func report(_ filter: ReviewFilter, now: Timestamp = .now()) throws -> ReviewReport {
        guard let plan = ReportPlan.make(for: filter) else { return try scanReport(filter, now: now) }
        return try read { try countedReport(plan, now: now) }
    }

    /// The report computed from every matching note: the fallback, and the reference the counted
    /// report is tested against.
    func scanReport(_ filter: ReviewFilter, now: Timestamp = .now()) throws -> ReviewReport {
        let (condition, arguments) = ReviewQuery.whereClause(for: filter)
        return try read {
            func lines(_ key: String) throws -> [ReviewReport.Line] {
                try connection.query("""
                    SELECT \(key) AS key, \(Self.measures) FROM records WHERE \(condition)
                    GROUP BY 1 ORDER BY count(*) DESC, 1
                    """, [.integer(now.milliseconds)] + arguments).map(Self.line)
            }
            let total = try connection.query("SELECT 'all' AS key, \(Self.measures) FROM records WHERE \(condition)",
                                             [.integer(now.milliseconds)] + arguments).first.map(Self.line)
            let weeks = try lines("date(\(Self.weekStartDay) * 86400, 'unixepoch')").sorted { $0.key < $1.key }
            return ReviewReport(
                total: total ?? Self.line(Row(columnNames: [], values: [])),
                byNeighbourhood: try lines("coalesce(neighbourhood, '')"), byTopic: try lines("coalesce(topic, '')"),
                byWeek: weeks, weekCells: try weekCells(condition, arguments), topicCells: try topicCells(condition, arguments))
        }
    }

    /// The counted columns; the first bound value is "now", for overdue follow-ups.
    private static let measures = """
        count(*) AS notes, sum(mood = 'positive') AS positive, sum(mood = 'neutral') AS neutral,
        sum(mood = 'concerned') AS concerned, sum(follow_up_status = 'open') AS open_follow_ups,
        sum(follow_up_status = 'open' AND follow_up_due IS NOT NULL AND follow_up_due < ?) AS overdue
        """

    private func weekCells(_ condition: String, _ arguments: [SQLiteValue]) throws -> [ReviewReport.WeekCell] {
        try connection.query("""
            SELECT \(Self.weekStartDay) AS week, coalesce(neighbourhood, '') AS neighbourhood, count(*) AS notes
            FROM records WHERE \(condition) GROUP BY 1, 2 ORDER BY 1, 2
            """, arguments).map {
            ReviewReport.WeekCell(weekStart: Timestamp(milliseconds: ($0.int64("week") ?? 0) * 86_400_000),
                                  neighbourhood: $0.string("neighbourhood") ?? "", notes: $0.int("notes") ?? 0)
        }
    }

    private func topicCells(_ condition: String, _ arguments: [SQLiteValue]) throws -> [ReviewReport.TopicCell] {
        try connection.query("""
            SELECT coalesce(neighbourhood, '') AS neighbourhood, coalesce(topic, '') AS topic, count(*) AS notes
            FROM records WHERE \(condition) GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
            """, arguments).map {
            ReviewReport.TopicCell(neighbourhood: $0.string("neighbourhood") ?? "", topic: $0.string("topic") ?? "",
                                   notes: $0.int("notes") ?? 0)
        }
    }

    private static func line(_ row: Row) -> ReviewReport.Line {
        ReviewReport.Line(
            key: row.string("key") ?? "", notes: row.int("notes") ?? 0, positive: row.int("positive") ?? 0,
            neutral: row.int("neutral") ?? 0, concerned: row.int("concerned") ?? 0,
            openFollowUps: row.int("open_follow_ups") ?? 0, overdueFollowUps: row.int("overdue") ?? 0)
    }
}
