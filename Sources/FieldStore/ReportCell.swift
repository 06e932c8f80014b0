import SQLiteKit

/// The report's counts for one week, neighbourhood and topic: the finest grain its lines and
/// chart cells need, added up from `note_counts` and `records` (CentralStore+ReportCounts).
struct ReportCell {
    /// What a cell is counted under, texts as SQLite's BINARY collation groups them.
    struct Key: Hashable {
        /// The week's Monday in days since 1970-01-01; nil for notes without a recorded time.
        let week: Int64?
        let neighbourhood: BinaryText
        let topic: BinaryText
    }

    let key: Key
    /// The week as the report names it, `YYYY-MM-DD`; "" when it has none.
    let weekName: BinaryText
    var notes = 0
    var positive = 0
    var neutral = 0
    var concerned = 0
    var openFollowUps = 0
    var overdueFollowUps = 0

    /// A cell from a row whose columns are, in this order: week, week name, neighbourhood, topic,
    /// notes, positive, neutral, concerned, open follow-ups, overdue follow-ups (NULL counting as 0).
    /// By position, not by name: a report reads thousands of rows.
    init(_ row: Row) {
        key = Key(week: row[0].int64, neighbourhood: BinaryText(text: row[2].string ?? ""), topic: BinaryText(text: row[3].string ?? ""))
        weekName = BinaryText(text: row[1].string ?? "")
        notes = row[4].int ?? 0
        positive = row[5].int ?? 0
        neutral = row[6].int ?? 0
        concerned = row[7].int ?? 0
        openFollowUps = row[8].int ?? 0
        overdueFollowUps = row[9].int ?? 0
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
