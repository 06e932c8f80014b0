import FieldStore

/// The report's numbers as tables: the total, then per neighbourhood, topic and week.
struct ReportTables {
    let report: ReviewReport
    let labels: Labels

    var html: HTML {
        """
        \(table("report-total", labels.total, [report.total], keyHeading: labels.total, showKey: false))\
        \(table("report-places", labels.byNeighbourhood, report.byNeighbourhood, keyHeading: labels.name(of: .neighbourhood)))\
        \(table("report-topics", labels.byTopic, report.byTopic, keyHeading: labels.name(of: .topic)))\
        \(table("report-weeks", labels.byWeek, report.byWeek, keyHeading: labels.weekOf))
        """
    }

    private func table(_ id: String, _ title: String, _ lines: [ReviewReport.Line], keyHeading: String, showKey: Bool = true) -> HTML {
        let headings = [labels.notes, labels.moods[.positive] ?? "", labels.moods[.neutral] ?? "", labels.moods[.concerned] ?? "",
                        labels.openFollowUps, labels.overdueFollowUps]
        let keyColumn: HTML = showKey ? "<th scope=\"col\">\(keyHeading)</th>" : .empty
        return """
        <section class="panel" aria-labelledby="\(id)"><h2 id="\(id)">\(title)</h2><div class="scroll"><table>
        <thead><tr>\(keyColumn)\(headings.map { "<th scope=\"col\" class=\"num\">\($0)</th>" as HTML })</tr></thead>
        <tbody>\(lines.map { row($0, showKey: showKey) })</tbody></table></div></section>
        """
    }

    private func row(_ line: ReviewReport.Line, showKey: Bool) -> HTML {
        let numbers = [line.notes, line.positive, line.neutral, line.concerned, line.openFollowUps, line.overdueFollowUps]
        let key: HTML = showKey ? "<th scope=\"row\">\(labels.shown(line.key))</th>" : .empty
        return "<tr>\(key)\(numbers.map { "<td class=\"num\">\($0)</td>" as HTML })</tr>"
    }
}
