import FieldCore
import SQLiteKit

/// Where the report's counts (and the list's count) for a filter come from: whole weeks from
/// `note_counts`, and the notes of partly covered weeks at the ends of the period from `records`.
///
/// Only filters on what `note_counts` keys by (neighbourhood, topic, mood, follow-up status, the
/// recorded time) have a plan; any other condition needs each note, and the report scans `records`.
struct ReportPlan: Equatable {
    /// Whole weeks counted from `note_counts`, as days since 1970-01-01 of their Mondays: from
    /// `firstWeek` (nil: from the first), up to but not including `endWeek` (nil: to the last).
    struct Weeks: Equatable {
        let firstWeek: Int64?
        let endWeek: Int64?
    }

    static let dayMilliseconds: Int64 = 86_400_000
    /// Period bounds beyond this (about the year 37,000) are left to the scan, so that week
    /// arithmetic never overflows.
    static let latestBound: Int64 = 1 << 50

    /// The whole filter: its conditions other than the period hold for the counts, the edges and
    /// the overdue follow-ups alike.
    let filter: ReviewFilter
    /// nil when no whole week lies in the period: then every note comes from `edges`.
    let weeks: Weeks?
    /// Filters for the notes outside `weeks`, read from `records`: at most two, each under a week.
    let edges: [ReviewFilter]

    /// The plan for `filter`, or nil when only a scan of `records` can answer it exactly.
    static func make(for filter: ReviewFilter) -> ReportPlan? {
        guard isCountable(filter) else { return nil }
        let bounds = [filter.from, filter.before].compactMap { $0?.milliseconds }
        guard bounds.allSatisfy({ (0...latestBound).contains($0) }) else { return nil }
        let start = filter.from.map { mondayOnOrAfter($0.milliseconds) }
        let end = filter.before.map { mondayOnOrBefore($0.milliseconds) }
        // Whole weeks only from 1970-01-05 on (without a start: an end after it, as no Monday is day 0):
        // before 1970 the week formula (CentralStore.weekStartDay) may file a note under a week that
        // does not hold it, so counts by week would not match a period there.
        guard (start ?? 0) < (end ?? .max) else { return ReportPlan(filter: filter, weeks: nil, edges: [filter]) }
        var edges: [ReviewFilter] = []
        if let from = filter.from, let start, from.milliseconds < start {
            edges.append(period(of: filter, from: from.milliseconds, before: start))
        }
        if let before = filter.before, let end, end < before.milliseconds {
            edges.append(period(of: filter, from: end, before: before.milliseconds))
        }
        let weeks = Weeks(firstWeek: start.map { $0 / dayMilliseconds }, endWeek: end.map { $0 / dayMilliseconds })
        return ReportPlan(filter: filter, weeks: weeks, edges: edges)
    }

    /// The condition on `note_counts` for the whole weeks, with its values; nil when there are none.
    var countsWhereClause: (String, [SQLiteValue])? {
        guard let weeks else { return nil }
        var conditions = ["1"]
        var arguments: [SQLiteValue] = []
        func add(_ condition: String, _ value: SQLiteValue) {
            conditions.append(condition)
            arguments.append(value)
        }
        if let value = filter.neighbourhood { add("neighbourhood = ? COLLATE NOCASE", .text(value)) }
        if let value = filter.topic { add("topic = ? COLLATE NOCASE", .text(value)) }
        if let value = filter.mood { add("mood = ?", .text(value.rawValue)) }
        if let value = filter.followUpStatus { add("follow_up_status = ?", .text(value.rawValue)) }
        if let value = weeks.firstWeek { add("week >= ?", .integer(value)) }
        if let value = weeks.endWeek { add("week < ?", .integer(value)) }
        // -1 stands for "no recorded time", which no period includes.
        if filter.from != nil || filter.before != nil { conditions.append("week <> -1") }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// Whether every condition of `filter` is one `note_counts` can answer exactly. The filter is
    /// rebuilt from those conditions alone and compared, so a condition added to `ReviewFilter`
    /// later falls back to the scan until it is taught here.
    static func isCountable(_ filter: ReviewFilter) -> Bool {
        var countable = ReviewFilter()
        countable.neighbourhood = filter.neighbourhood
        countable.topic = filter.topic
        countable.mood = filter.mood
        countable.followUpStatus = filter.followUpStatus
        countable.from = filter.from
        countable.before = filter.before
        countable.search = ReviewQuery.ftsQuery(filter.search) == nil ? filter.search : nil
        // An absent neighbourhood or topic is counted as '', which an empty filter value would match.
        return countable == filter && filter.neighbourhood != "" && filter.topic != ""
    }

    /// `filter` narrowed to the notes recorded from `from` up to `before`.
    private static func period(of filter: ReviewFilter, from: Int64, before: Int64) -> ReviewFilter {
        var narrowed = filter
        narrowed.from = Timestamp(milliseconds: from)
        narrowed.before = Timestamp(milliseconds: before)
        return narrowed
    }

    /// The start (00:00 UTC) of the Monday on or before `milliseconds` (not negative).
    static func mondayOnOrBefore(_ milliseconds: Int64) -> Int64 {
        let day = milliseconds / dayMilliseconds
        return (day - (day + 3) % 7) * dayMilliseconds
    }

    /// The start of the first Monday at or after `milliseconds` (not negative).
    static func mondayOnOrAfter(_ milliseconds: Int64) -> Int64 {
        let monday = mondayOnOrBefore(milliseconds)
        return monday == milliseconds ? monday : monday + 7 * dayMilliseconds
    }
}
