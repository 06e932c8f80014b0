import FieldCore
@testable import FieldStore
import Foundation
import Testing
import TestSupport

/// The report read from `note_counts` is the report computed from every note, and the counts stay
/// exact whatever writes the store takes.
@Suite struct ReportCountsTests {
    static let day = VariedNotes.day
    /// The Monday of `VariedNotes.now`'s week, in milliseconds.
    static let monday = VariedNotes.now.milliseconds - (VariedNotes.now.milliseconds / day + 3) % 7 * day

    /// `note_counts` rows that a count of `records` does not give, and counts it gives that the table lacks.
    static let drift = """
        WITH recount AS (
            SELECT coalesce((recorded_at / 86400000) - (((recorded_at / 86400000) + 3) % 7), -1) AS week,
                   coalesce(neighbourhood, '') AS neighbourhood, coalesce(topic, '') AS topic, coalesce(mood, '') AS mood,
                   coalesce(follow_up_status, '') AS follow_up_status, count(*) AS notes
            FROM records WHERE kind = 'note' AND deleted = 0 GROUP BY 1, 2, 3, 4, 5)
        SELECT 'table', * FROM (SELECT week, neighbourhood, topic, mood, follow_up_status, notes FROM note_counts EXCEPT SELECT * FROM recount)
        UNION ALL SELECT 'recount', * FROM (SELECT * FROM recount EXCEPT SELECT week, neighbourhood, topic, mood, follow_up_status, notes FROM note_counts)
        UNION ALL SELECT 'zero', * FROM note_counts WHERE notes <= 0;
        """

    static func filter(_ configure: (inout ReviewFilter) -> Void) -> ReviewFilter {
        var filter = ReviewFilter()
        configure(&filter)
        return filter
    }

    static func period(_ from: Int64?, _ before: Int64?, _ configure: (inout ReviewFilter) -> Void = { _ in }) -> ReviewFilter {
        filter {
            $0.from = from.map(Timestamp.init(milliseconds:))
            $0.before = before.map(Timestamp.init(milliseconds:))
            configure(&$0)
        }
    }

    /// Filters `note_counts` answers: names in any letter case, accents in two spellings, periods
    /// on and off week boundaries, open at either end, empty, and around 1970.
    static var countable: [ReviewFilter] {
        let (monday, week) = (Self.monday, 7 * day)
        let names = ["Lombok", "LOMBOK", "zuilen", "Café", "Cafe\u{301}", "Nowhere", "3", "from-a"].map { name in filter { $0.neighbourhood = name } }
        let topics = ["parking", "NOISE", "litter", "from-b"].map { topic in filter { $0.topic = topic } }
        let moods = Mood.allCases.map { mood in filter { $0.mood = mood } }
        let statuses = FollowUpStatus.allCases.map { status in filter { $0.followUpStatus = status } }
        let periods = [
            period(monday - 4 * week, monday), period(monday - 4 * week + 3_600_000, monday + 2 * day),
            period(monday - 10 * week, nil), period(monday - 10 * week + 1, nil), period(nil, monday), period(nil, monday + 5 * 3_600_000),
            period(monday + day, monday + 3 * day), period(monday - week, monday), period(monday - day, monday + day),
            period(0, nil), period(nil, 1), period(0, 4 * day), period(1, 3 * week), period(nil, 5 * day),
            period(monday + 20 * week, nil), period(monday, monday), period(monday + day, monday),
            period(monday - 3 * week, monday + week) { $0.neighbourhood = "lombok" },
            period(monday - 3 * week + day, monday - day) { $0.mood = .concerned; $0.topic = "Parking" },
            period(monday - 3 * week + day, monday + day) { $0.followUpStatus = .open; $0.neighbourhood = "Café" },
        ]
        let combined = [
            filter { $0.neighbourhood = "Lombok"; $0.topic = "parking"; $0.mood = .concerned },
            filter { $0.neighbourhood = "lombok"; $0.followUpStatus = .open }, filter { $0.search = "\" *" },
        ]
        return [ReviewFilter()] + names + topics + moods + statuses + periods + combined
    }

    /// Filters only a scan can answer.
    static var scanned: [ReviewFilter] {
        [
            period(-5 * day, nil), period(nil, -1), period(-day, 3 * day), period(0, 1 << 62),
            filter { $0.officer = "Sanne" }, filter { $0.tag = "evening" }, filter { $0.search = "note" },
            filter { $0.hasConflict = true }, filter { $0.hasConflict = false }, filter { $0.includeDeleted = true },
            filter { $0.followUpOwner = "Bram" }, filter { $0.hasFollowUp = true }, filter { $0.hasFollowUp = false },
            filter { $0.followUpDueBefore = VariedNotes.now }, filter { $0.neighbourhood = "" }, filter { $0.topic = "" },
        ]
    }

    static func makeVaried(in folder: TemporaryFolder, seed: UInt64) throws -> (CentralStore, VariedNotes) {
        let store = try CentralStore.openOrCreate(at: folder.file("central.sqlite"))
        var notes = VariedNotes(store: store, seed: seed)
        try notes.create(600)
        try notes.edit(250)
        try notes.delete(60)
        try notes.conflict(60)
        try notes.coordinate(30)
        return (store, notes)
    }

    static func expectSameReports(_ store: CentralStore, _ filters: [ReviewFilter], counted: Bool) throws {
        for filter in filters {
            #expect((ReportPlan.make(for: filter) != nil) == counted, "\(filter)")
            #expect(try store.countNotes(filter) == store.scanCount(filter), "\(filter)")
            for now in [VariedNotes.now, VariedNotes.now.adding(milliseconds: 2 * day)] {
                #expect(try store.report(filter, now: now) == store.scanReport(filter, now: now), "\(filter)")
            }
        }
    }

    /// The report and the list's count, from the counts and from the scan, for every filter.
    @Test func report_FromCounts_EqualsTheScan_ForEveryFilter() throws {
        let folder = TemporaryFolder()
        let (store, _) = try Self.makeVaried(in: folder, seed: SeededGenerator.seedForRun(#function))
        defer { try? store.close() }
        let all = try store.scanReport(ReviewFilter(), now: VariedNotes.now)
        #expect(all.total.notes > 400 && all.total.overdueFollowUps > 0 && all.byNeighbourhood.count >= 6)
        #expect(all.byWeek.contains { $0.key.isEmpty } && all.byWeek.contains { $0.key.hasPrefix("1969") })
        try Self.expectSameReports(store, Self.countable, counted: true)
        try Self.expectSameReports(store, Self.scanned, counted: false)
    }

    @Test func noteNames_AreTheReportsNeighbourhoodsAndTopics() throws {
        let folder = TemporaryFolder()
        let (store, _) = try Self.makeVaried(in: folder, seed: SeededGenerator.seedForRun(#function))
        defer { try? store.close() }
        let report = try store.scanReport(ReviewFilter())
        let names = try store.noteNames()
        let bytes = { (names: [String]) in names.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) } }
        #expect(bytes(names.neighbourhoods) == bytes(report.byNeighbourhood.map(\.key)))
        #expect(bytes(names.topics) == bytes(report.byTopic.map(\.key)))
    }

    @Test func noteCounts_StayExact_AfterEveryKindOfWrite() throws {
        let folder = TemporaryFolder()
        let path = folder.file("central.sqlite")
        let store = try CentralStore.openOrCreate(at: path)
        defer { try? store.close() }
        var notes = VariedNotes(store: store, seed: SeededGenerator.seedForRun(#function))
        let steps: [(String, (inout VariedNotes) throws -> Void)] = [
            ("create", { try $0.create(300) }), ("edit", { try $0.edit(150) }), ("delete", { try $0.delete(40) }),
            ("conflict", { try $0.conflict(40) }), ("coordinate", { try $0.coordinate(30) }), ("edit again", { try $0.edit(100) }),
        ]
        for (name, step) in steps {
            try step(&notes)
            #expect(try ProcessRunner.sqlite(path, Self.drift) == "", "after \(name)")
        }
        #expect(try ProcessRunner.sqlite(path, "SELECT count(*) > 20 FROM note_counts;") == "1\n")
    }

    @Test func migration_CountsTheNotesAStoreAlreadyHolds() throws {
        let folder = TemporaryFolder()
        let (filled, _) = try Self.makeVaried(in: folder, seed: SeededGenerator.seedForRun(#function))
        try filled.close()
        let path = folder.file("old.sqlite")
        let before = try #require(StoreSchema.central.migrations.firstIndex { $0.contains("CREATE TABLE note_counts") })
        let columns = "id, kind, version, fields, deleted, has_conflict, stand_id, neighbourhood, topic, officer, recorded_at, "
            + "follow_up_status, closed_at, mood, tags, follow_up_owner, follow_up_due, location, summary, follow_up, seq"
        _ = try ProcessRunner.sqlite(path, "PRAGMA application_id = \(StoreSchema.central.applicationID); PRAGMA journal_mode = WAL; "
            + StoreSchema.central.migrations[..<before].joined(separator: ";\n")
            + "; ATTACH '\(folder.file("central.sqlite"))' AS filled; INSERT INTO meta SELECT * FROM filled.meta;"
            + " INSERT INTO records (\(columns)) SELECT \(columns) FROM filled.records; PRAGMA user_version = \(before);")
        let store = try CentralStore.open(at: path)
        defer { try? store.close() }
        #expect(try ProcessRunner.sqlite(path, Self.drift) == "")
        #expect(try ProcessRunner.sqlite(path, "SELECT sum(notes) > 400 FROM note_counts;") == "1\n")
        try Self.expectSameReports(store, Array(Self.countable.prefix(8)), counted: true)
    }
}
