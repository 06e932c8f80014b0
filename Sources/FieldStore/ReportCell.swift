import SQLiteKit

/// The report's counts for one week, neighbourhood and topic: the finest grain its lines and
/// chart cells need, added up from `note_counts` and `records` (CentralStore+ReportCounts).
struct ReportCell {
    /// What a cell is counted under. Texts are compared as bytes, as SQLite's BINARY collation
    /// groups them: Swift's `String` equality would merge "é" with "e" + combining accent.
    struct Key: Hashable {
        /// The week's Monday in days since 1970-01-01; nil for notes without a recorded time.
        let week: Int64?
        let neighbourhood: [UInt8]
        let topic: [UInt8]
    }

    let key: Key
    /// The week as the report names it, `YYYY-MM-DD`; "" when it has none.
    let weekName: String
    let neighbourhood: String
    let topic: String
    var notes = 0
    var positive = 0
    var neutral = 0
    var concerned = 0
    var openFollowUps = 0
    var overdueFollowUps = 0

    /// A cell from a row with the columns week, week_name, neighbourhood, topic, notes, positive,
    /// neutral, concerned, open_follow_ups and overdue (NULL counting as 0).
    init(_ row: Row) {
        neighbourhood = row.string("neighbourhood") ?? ""
        topic = row.string("topic") ?? ""
        weekName = row.string("week_name") ?? ""
        key = Key(week: row.int64("week"), neighbourhood: Array(neighbourhood.utf8), topic: Array(topic.utf8))
        notes = row.int("notes") ?? 0
        positive = row.int("positive") ?? 0
        neutral = row.int("neutral") ?? 0
        concerned = row.int("concerned") ?? 0
        openFollowUps = row.int("open_follow_ups") ?? 0
        overdueFollowUps = row.int("overdue") ?? 0
    }

    /// Adds the counts of `other`, a cell of the same key from another source.
    mutating func add(_ other: ReportCell) {
        notes += other.notes
        positive += other.positive
        neutral += other.neutral
        concerned += other.concerned
        openFollowUps += other.openFollowUps
        overdueFollowUps += other.overdueFollowUps
    }
}
