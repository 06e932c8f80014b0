import FieldStore
import HTTPKit

/// The report: the weekly and topic charts as inline SVG, then the tables they are drawn from.
struct ReportHandler: Sendable {
    let services: ReviewServices

    func report(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let now = services.clock()
        let report = try services.store { try $0.report(ReviewFilter(), now: now) }
        let labels = context.labels
        let charts: HTML = report.total.notes == 0 ? "<p class=\"panel\">\(labels.noNotesMatch)</p>" : """
            \(WeeklyChart(cells: report.weekCells, labels: labels).html)\(TopicChart(cells: report.topicCells, labels: labels).html)
            """
        let content: HTML = "\(charts)\(ReportTables(report: report, labels: labels).html)"
        return context.page(labels.reportTitle, .report, content).response()
    }
}
