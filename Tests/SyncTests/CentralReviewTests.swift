import FieldCore
import FieldStore
import Foundation
import TestSupport
import Testing

/// The coordinators' reads and writes on the central store, over the Fixtures sample.
@Suite struct CentralReviewTests {
    static let sampleDevice = DeviceID("sample-laptop")

    /// A world whose server holds the sample, pushed by one device, and that sample.
    static func loaded() throws -> (SyncWorld, SampleFile) {
        let sample = try SampleFile.load(try Data(contentsOf: TemporaryFolder.repositoryFile("Fixtures/sample.json")))
        let world = try SyncWorld()
        _ = try world.gate.withStore { try $0.push(try sample.records(device: sampleDevice), from: sampleDevice) }
        return (world, sample)
    }

    static func count(_ world: SyncWorld, _ configure: (inout ReviewFilter) -> Void) throws -> Int {
        var filter = ReviewFilter()
        configure(&filter)
        return try world.gate.withStore { try $0.countNotes(filter) }
    }

    @Test func filters_MatchTheSample() throws {
        let (world, sample) = try Self.loaded()
        let standOf = Dictionary(uniqueKeysWithValues: sample.stands.map { ($0.id, $0) })
        #expect(try Self.count(world) { _ in } == sample.notes.count)
        let lombok = sample.notes.filter { standOf[$0.standID ?? ""]?.neighbourhood == "Lombok" }.count
        let lombokCount = try Self.count(world) { $0.neighbourhood = "lombok" }
        #expect(lombok > 0 && lombokCount == lombok)
        #expect(try Self.count(world) { $0.topic = "parking" } == sample.notes.filter { $0.topic == "parking" }.count)
        #expect(try Self.count(world) { $0.mood = .concerned } == sample.notes.filter { $0.mood == .concerned }.count)
        #expect(try Self.count(world) { $0.followUpStatus = .open } == sample.notes.filter { $0.followUpStatus == .open }.count)
        let officer = sample.officers[0]
        #expect(try Self.count(world) { $0.officer = officer } == sample.notes.filter { $0.officer == officer }.count)
        let tag = try #require(sample.notes.flatMap(\.tags).first)
        #expect(try Self.count(world) { $0.tag = tag } == sample.notes.filter { $0.tags.contains(tag) }.count)
        let october = (ISO8601Format.parse("2026-10-01")!, ISO8601Format.parse("2026-11-01")!)
        let inOctober = sample.notes.filter { ISO8601Format.parse($0.recordedAt)! >= october.0 && ISO8601Format.parse($0.recordedAt)! < october.1 }.count
        #expect(try Self.count(world) { $0.from = october.0; $0.before = october.1 } == inOctober)
    }

    @Test func followUpFilters_FindNotesWithAFollowUpAndTheOverdueOnes() throws {
        let (world, sample) = try Self.loaded()
        let withFollowUp = sample.notes.filter { $0.followUpStatus != nil }.count
        #expect(withFollowUp > 0)
        #expect(try Self.count(world) { $0.hasFollowUp = true } == withFollowUp)
        #expect(try Self.count(world) { $0.hasFollowUp = false } == sample.notes.count - withFollowUp)
        let id = try #require(sample.notes.first { $0.followUpStatus == .open }).id
        let due = ISO8601Format.parse("2026-12-01")!
        _ = try world.gate.withStore {
            try $0.write(id: id, changes: [.followUpDue: .number(Double(due.milliseconds))], by: CoordinatorActor.author("Carla"))
        }
        #expect(try Self.count(world) { $0.followUpStatus = .open; $0.followUpDueBefore = due } == 0)
        #expect(try Self.count(world) { $0.followUpStatus = .open; $0.followUpDueBefore = due.adding(milliseconds: 1) } == 1)
    }

    @Test func search_FoldsAccentsAndTreatsInputLiterally() throws {
        let (world, _) = try Self.loaded()
        let cafe = try world.gate.withStore { store -> [Record] in
            var filter = ReviewFilter()
            filter.search = "cafe zon"
            return try store.reviewNotes(filter)
        }
        #expect(cafe.count == 1 && Note(record: cafe[0]).summary.contains("café de Zon"))
        let syntax = try Self.count(world) { $0.search = "\" OR * NEAR(" }
        let words = try Self.count(world) { $0.search = "or near" }
        #expect(syntax == words, "FTS syntax typed by a person is read as plain words")
    }

    @Test func history_RecordsWhoChangedWhatAndWhen() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "parking", summary: "x")).id
        try world.sync(a)
        try world.sync(b)
        _ = try world.devices[b].store.edit(id: id, changes: [.summary: .text("y"), .mood: .text("concerned")])
        try world.sync(b)
        let history = try world.gate.withStore { try $0.history(id: id) }
        #expect(history.count == 2)
        #expect(history[0].source == world.devices[a].store.identity.deviceID.rawValue)
        let edit = try #require(history.last?.writes.first)
        #expect(edit.officer == "Bram" && edit.fields == ["deleted", "mood", "summary"])
    }

    @Test func coordinatorChanges_SyncBackToOfficers() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "parking", summary: "x")).id
        try world.sync(a)
        try world.sync(b)
        _ = try world.devices[a].store.edit(id: id, changes: [.summary: .text("from Anna")])
        _ = try world.devices[b].store.edit(id: id, changes: [.summary: .text("from Bram")])
        for index in [a, b] { try world.sync(index) }
        let carla = CoordinatorActor.author("Carla Smit")
        #expect(carla.device.rawValue == "coord:carla-smit")
        _ = try world.gate.withStore { try $0.resolve(id: id, field: .summary, value: .text("from both"), by: carla) }
        let due = ISO8601Format.parse("2026-12-01")!
        _ = try world.gate.withStore {
            try $0.write(id: id, changes: [.followUp: .text("Call the resident"), .followUpStatus: .text("open"),
                                           .followUpOwner: .text("Bram"), .followUpDue: .number(Double(due.milliseconds))], by: carla)
        }
        try world.sync(b)
        let note = try world.devices[b].store.note(id: id)
        #expect(note.summary == "from both" && note.conflictedFields.isEmpty)
        #expect(note.followUpOwner == "Bram" && note.followUpStatus == .open && note.followUpDue == due)
        #expect(try world.devices[b].store.notes(NoteFilter(followUpStatus: .open)).map(\.id) == [id])
        #expect(try world.gate.withStore { try $0.history(id: id) }.last?.source == "coord:carla-smit")
    }

    @Test func report_CountsMatchTheSample() throws {
        let (world, sample) = try Self.loaded()
        let report = try world.gate.withStore { try $0.report(ReviewFilter(), now: ISO8601Format.parse("2030-01-01")!) }
        #expect(report.total.notes == sample.notes.count)
        #expect(report.total.concerned == sample.notes.filter { $0.mood == .concerned }.count)
        #expect(report.total.openFollowUps == sample.notes.filter { $0.followUpStatus == .open }.count)
        #expect(report.byNeighbourhood.map(\.notes).reduce(0, +) == sample.notes.count)
        #expect(report.byTopic.first { $0.key == "parking" }?.notes == sample.notes.filter { $0.topic == "parking" }.count)
        #expect(report.byWeek.map(\.notes).reduce(0, +) == sample.notes.count)
        #expect(report.weekCells.map(\.notes).reduce(0, +) == sample.notes.count)
        #expect(report.weekCells.allSatisfy { ISO8601Format.civil(fromDays: $0.weekStart.milliseconds / 86_400_000 + 3).day > 0 })
        #expect(report.topicCells.map(\.notes).reduce(0, +) == sample.notes.count)
    }
}
