import FieldCore

/// The report added up from its cells, in exactly the order the scan's SQL gives
/// (CentralStore.scanReport), texts compared byte by byte as SQLite's BINARY collation does.
extension ReviewReport {
    init(cells: [ReportCell]) {
        self.init(
            total: Self.line("all", cells),
            byNeighbourhood: Self.lines(cells, named: \.neighbourhood),
            byTopic: Self.lines(cells, named: \.topic),
            byWeek: Self.lines(cells, named: \.weekName).sorted { $0.key < $1.key },
            weekCells: Self.weekCells(cells),
            topicCells: Self.topicCells(cells))
    }

    /// One line per distinct `name`, most notes first, then by name: `ORDER BY count(*) DESC, key`.
    private static func lines(_ cells: [ReportCell], named name: KeyPath<ReportCell, String>) -> [Line] {
        Dictionary(grouping: cells) { Array($0[keyPath: name].utf8) }.values
            .map { line($0[0][keyPath: name], $0) }
            .sorted { $0.notes != $1.notes ? $0.notes > $1.notes : binaryPrecedes($0.key, $1.key) }
    }

    private static func line(_ key: String, _ cells: [ReportCell]) -> Line {
        Line(key: key, notes: cells.reduce(0) { $0 + $1.notes }, positive: cells.reduce(0) { $0 + $1.positive },
             neutral: cells.reduce(0) { $0 + $1.neutral }, concerned: cells.reduce(0) { $0 + $1.concerned },
             openFollowUps: cells.reduce(0) { $0 + $1.openFollowUps },
             overdueFollowUps: cells.reduce(0) { $0 + $1.overdueFollowUps })
    }

    /// Per week and neighbourhood, `ORDER BY week, neighbourhood` (no week, SQL's NULL, first).
    private static func weekCells(_ cells: [ReportCell]) -> [WeekCell] {
        Dictionary(grouping: cells) { WeekPlace(week: $0.key.week, neighbourhood: $0.key.neighbourhood) }
            .sorted { $0.key.precedes($1.key) }
            .map { key, cells in
                WeekCell(weekStart: Timestamp(milliseconds: (key.week ?? 0) * 86_400_000),
                         neighbourhood: cells[0].neighbourhood, notes: cells.reduce(0) { $0 + $1.notes })
            }
    }

    /// Per neighbourhood and topic, `ORDER BY neighbourhood, notes DESC, topic`.
    private static func topicCells(_ cells: [ReportCell]) -> [TopicCell] {
        Dictionary(grouping: cells) { [$0.key.neighbourhood, $0.key.topic] }.values
            .map { TopicCell(neighbourhood: $0[0].neighbourhood, topic: $0[0].topic, notes: $0.reduce(0) { $0 + $1.notes }) }
            .sorted { a, b in
                if !a.neighbourhood.utf8.elementsEqual(b.neighbourhood.utf8) { return binaryPrecedes(a.neighbourhood, b.neighbourhood) }
                return a.notes != b.notes ? a.notes > b.notes : binaryPrecedes(a.topic, b.topic)
            }
    }

    /// Whether `a` sorts before `b` under SQLite's BINARY collation (memcmp of the UTF-8 bytes).
    static func binaryPrecedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A week and a neighbourhood's bytes, the key of a weekly chart cell.
    private struct WeekPlace: Hashable {
        let week: Int64?
        let neighbourhood: [UInt8]

        func precedes(_ other: WeekPlace) -> Bool {
            switch (week, other.week) {
            case let (mine?, theirs?) where mine != theirs: return mine < theirs
            case (nil, .some): return true
            case (.some, nil): return false
            default: return neighbourhood.lexicographicallyPrecedes(other.neighbourhood)
            }
        }
    }
}
