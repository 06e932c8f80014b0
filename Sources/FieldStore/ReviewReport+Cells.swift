import FieldCore

/// The report added up from its cells, in exactly the order the scan's SQL gives
/// (CentralStore.scanReport), texts compared byte by byte as SQLite's BINARY collation does.
extension ReviewReport {
    /// The report of `cells`; several cells of one key (from different sources) are added up.
    init(cells: [ReportCell]) {
        self.init(
            total: Self.line("all", Self.sums(cells) { _ in 0 }.first?.value),
            byNeighbourhood: Self.lines(cells) { $0.key.neighbourhood },
            byTopic: Self.lines(cells) { $0.key.topic },
            byWeek: Self.lines(cells) { $0.weekName }.sorted { $0.key < $1.key },
            weekCells: Self.weekCells(cells),
            topicCells: Self.topicCells(cells))
    }

    /// The cells added up per `key`: each sum keeps the keys of the first cell it took.
    private static func sums<Key: Hashable>(_ cells: [ReportCell], by key: (ReportCell) -> Key) -> [Key: ReportCell] {
        var sums: [Key: ReportCell] = [:]
        for cell in cells {
            let key = key(cell)
            if sums[key]?.add(cell) == nil { sums[key] = cell }
        }
        return sums
    }

    /// One line per distinct `name`, most notes first, then by name: `ORDER BY count(*) DESC, key`.
    private static func lines(_ cells: [ReportCell], named name: (ReportCell) -> BinaryText) -> [Line] {
        sums(cells, by: name)
            .sorted { $0.value.notes != $1.value.notes ? $0.value.notes > $1.value.notes : $0.key < $1.key }
            .map { line($0.key.text, $0.value) }
    }

    private static func line(_ key: String, _ sum: ReportCell?) -> Line {
        Line(key: key, notes: sum?.notes ?? 0, positive: sum?.positive ?? 0, neutral: sum?.neutral ?? 0,
             concerned: sum?.concerned ?? 0, openFollowUps: sum?.openFollowUps ?? 0, overdueFollowUps: sum?.overdueFollowUps ?? 0)
    }

    /// Per week and neighbourhood, `ORDER BY week, neighbourhood` (no week, SQL's NULL, first).
    private static func weekCells(_ cells: [ReportCell]) -> [WeekCell] {
        sums(cells) { ReportCell.Key(week: $0.key.week, neighbourhood: $0.key.neighbourhood, topic: BinaryText(text: "")) }
            .sorted { a, b in
                switch (a.key.week, b.key.week) {
                case let (mine?, theirs?) where mine != theirs: return mine < theirs
                case (nil, .some): return true
                case (.some, nil): return false
                default: return a.key.neighbourhood < b.key.neighbourhood
                }
            }
            .map { WeekCell(weekStart: Timestamp(milliseconds: ($0.key.week ?? 0) * 86_400_000), neighbourhood: $0.key.neighbourhood.text,
                            notes: $0.value.notes) }
    }

    /// Per neighbourhood and topic, `ORDER BY neighbourhood, notes DESC, topic`.
    private static func topicCells(_ cells: [ReportCell]) -> [TopicCell] {
        sums(cells) { ReportCell.Key(week: nil, neighbourhood: $0.key.neighbourhood, topic: $0.key.topic) }
            .sorted { a, b in
                if a.key.neighbourhood != b.key.neighbourhood { return a.key.neighbourhood < b.key.neighbourhood }
                return a.value.notes != b.value.notes ? a.value.notes > b.value.notes : a.key.topic < b.key.topic
            }
            .map { TopicCell(neighbourhood: $0.key.neighbourhood.text, topic: $0.key.topic.text, notes: $0.value.notes) }
    }
}
