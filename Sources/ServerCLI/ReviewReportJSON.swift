import FieldCore
import FieldStore

/// `review report --json`: the report's breakdowns with stable snake_case keys.
struct ReviewReportJSON: Encodable {
    /// One line of a breakdown; `key` is the neighbourhood, the topic, the week's Monday, or "all".
    struct Line: Encodable {
        let key: String
        let notes: Int
        let positive: Int
        let neutral: Int
        let concerned: Int
        let openFollowUps: Int
        let overdueFollowUps: Int

        init(_ line: ReviewReport.Line) {
            key = line.key
            notes = line.notes
            positive = line.positive
            neutral = line.neutral
            concerned = line.concerned
            openFollowUps = line.openFollowUps
            overdueFollowUps = line.overdueFollowUps
        }

        enum CodingKeys: String, CodingKey {
            case key, notes, positive, neutral, concerned
            case openFollowUps = "open_follow_ups"
            case overdueFollowUps = "overdue_follow_ups"
        }
    }

    /// When overdue was judged.
    let asOf: String
    let total: Line
    let byNeighbourhood: [Line]
    let byTopic: [Line]
    let byWeek: [Line]

    init(_ report: ReviewReport, asOf: Timestamp) {
        self.asOf = asOf.iso8601
        total = Line(report.total)
        byNeighbourhood = report.byNeighbourhood.map(Line.init)
        byTopic = report.byTopic.map(Line.init)
        byWeek = report.byWeek.map(Line.init)
    }

    enum CodingKeys: String, CodingKey {
        case total
        case asOf = "as_of"
        case byNeighbourhood = "by_neighbourhood"
        case byTopic = "by_topic"
        case byWeek = "by_week"
    }
}
