import FieldCore
@testable import FieldStore
import Testing
import TestSupport

/// Counting notes by the filters the list uses most reads an index alone, never the notes: the
/// count of a period's partly covered weeks (ReportPlan), and of an officer's notes, which
/// `note_counts` does not key by.
@Suite struct ReviewIndexTests {
    static func plan(_ sql: String, in path: String) throws -> String {
        try ProcessRunner.sqlite(path, "EXPLAIN QUERY PLAN " + sql)
    }

    @Test func countNotes_ForCommonFilters_ReadsOnlyAnIndex() throws {
        let folder = TemporaryFolder()
        let path = folder.file("central.sqlite")
        try CentralStore.openOrCreate(at: path).close()
        let week = (Timestamp(milliseconds: 1_790_000_000_000), Timestamp(milliseconds: 1_790_604_800_000))
        let filters: [(String, (inout ReviewFilter) -> Void)] = [
            ("records_by_neighbourhood_time", { $0.neighbourhood = "Lombok" }),
            ("records_by_topic_time", { $0.topic = "parking" }),
            ("records_by_officer_time", { $0.officer = "Sanne" }),
            ("records_by_time", { _ in }),
        ]
        for (index, configure) in filters {
            var filter = ReviewFilter()
            configure(&filter)
            (filter.from, filter.before) = week
            let (condition, _) = ReviewQuery.whereClause(for: filter)
            let plan = try Self.plan("SELECT count(*) FROM records WHERE \(condition);", in: path)
            #expect(plan.contains("USING COVERING INDEX \(index) "), "\(plan)")
        }
    }
}
