import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review report`: counts per neighbourhood, topic and week, with moods and follow-ups.
struct ReviewReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "report",
        abstract: "Count notes per neighbourhood, per topic and per week, with mood split and open and overdue follow-ups.",
        discussion: """
        Weeks start on Monday (UTC). The filters are those of 'review list'.
          fieldkit-server review report --from 2026-10-01 --to 2026-12-31 --neighbourhood Lombok
        """,
        arguments: ReviewFilterOptions.arguments + [
            .flag("json", help: "Print a JSON object: total, by_neighbourhood, by_topic, by_week (stable keys)."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let filter: ReviewFilter

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        filter = try ReviewFilterOptions.filter(parsed)
    }

    func run() throws {
        let now = Timestamp.now()
        let store = try ServerStoreAccess.openExisting(parsed)
        let report = try ServerStoreAccess.run { try store.report(filter, now: now) }
        if parsed.flag("json") { return try JSONOutput.write(ReviewReportJSON(report, asOf: now)) }
        let total = report.total
        var text = "\(total.notes) notes: \(total.positive) positive, \(total.neutral) neutral, \(total.concerned) concerned; "
            + "\(total.openFollowUps) open follow-ups, \(total.overdueFollowUps) overdue\n"
        for (heading, lines) in [("NEIGHBOURHOOD", report.byNeighbourhood), ("TOPIC", report.byTopic), ("WEEK OF (UTC)", report.byWeek)]
        where !lines.isEmpty {
            text += "\n" + Self.table(heading, lines)
        }
        Console.output.write(text)
    }

    static func table(_ heading: String, _ lines: [ReviewReport.Line]) -> String {
        var table = TextTable(headers: [heading, "NOTES", "POSITIVE", "NEUTRAL", "CONCERNED", "OPEN", "OVERDUE"])
        for line in lines {
            table.add([line.key.isEmpty ? "(none)" : line.key] + [
                line.notes, line.positive, line.neutral, line.concerned, line.openFollowUps, line.overdueFollowUps,
            ].map(String.init))
        }
        return table.render()
    }
}
