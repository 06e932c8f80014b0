import FieldCore
import FieldStore
import Foundation
import SyncClient
import Testing

/// The sync scenarios of the issue, through the real protocol handlers with in-memory stores.
@Suite struct SyncScenarioTests {
    static func draft(_ store: LocalStore, topic: String = "parking", summary: String = "Vans on the pavement") -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", officer: store.identity.officer, topic: topic, summary: summary)
    }

    @Test func threeOfficersAndCoordinator_AllConverge() throws {
        let world = try SyncWorld()
        for name in ["Anna", "Bram", "Chris"] { try world.addDevice(officer: name) }
        try world.addDevice(officer: "Coordinator", role: .coordinator)
        var ids: [String] = []
        for index in 0..<3 {
            for number in 0..<5 { ids.append(try world.devices[index].store.log(Self.draft(world.devices[index].store, summary: "n\(number)")).id) }
        }
        for index in 0..<4 { try world.sync(index) }
        let shared = ids[0]
        _ = try world.devices[3].store.edit(id: shared, changes: [.followUpStatus: .text("done"), .followUp: .text("Coordinator called back")])
        _ = try world.devices[0].store.edit(id: shared, changes: [.mood: .text("positive")])
        for _ in 0..<2 { for index in 0..<4 { try world.sync(index) } }
        let server = try world.serverRecords()
        #expect(server.values.filter { $0.kind == .note }.count == 15)
        for index in 0..<4 { #expect(try world.deviceRecords(index) == server, "device \(index) converged") }
        let note = Note(record: try #require(server[shared]))
        #expect(note.mood == .positive && note.followUpStatus == .done && note.conflictedFields.isEmpty)
    }

    @Test func editsOfDifferentFields_MergeWithoutConflict() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(Self.draft(world.devices[a].store)).id
        try world.sync(a)
        try world.sync(b)
        _ = try world.devices[a].store.edit(id: id, changes: [.topic: .text("litter")])
        _ = try world.devices[b].store.edit(id: id, changes: [.summary: .text("Bins overflow")])
        let reportA = try world.sync(a)
        let reportB = try world.sync(b)
        try world.sync(a)
        #expect(reportA.newConflicts == 0 && reportB.newConflicts == 0)
        for store in [world.devices[a].store, world.devices[b].store] {
            let note = try store.note(id: id)
            #expect(note.topic == "litter" && note.summary == "Bins overflow" && note.conflictedFields.isEmpty)
        }
        #expect(try world.deviceRecords(a) == world.serverRecords())
    }

    @Test func editsOfSameField_ShowOneConflictEverywhere_ThenResolutionConverges() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(Self.draft(world.devices[a].store)).id
        try world.sync(a)
        try world.sync(b)
        _ = try world.devices[a].store.edit(id: id, changes: [.summary: .text("Vans at 8:00")])
        _ = try world.devices[b].store.edit(id: id, changes: [.summary: .text("Vans at 17:00")])
        try world.sync(a)
        #expect(try world.sync(b).newConflicts == 1)
        try world.sync(a)
        let serverNote = Note(record: try #require(try world.serverRecords()[id]))
        #expect(serverNote.conflictedFields == ["summary"])
        for index in [a, b] { #expect(try world.devices[index].store.note(id: id).conflictedFields == ["summary"]) }
        let alternatives = try #require(try world.devices[a].store.record(id: id)?.fields["summary"]).distinctValues
        #expect(Set(alternatives) == [.text("Vans at 8:00"), .text("Vans at 17:00")])

        _ = try world.devices[b].store.resolve(id: id, field: .summary, value: .text("Vans at 8:00 and 17:00"))
        for index in [b, a, b] { try world.sync(index) }
        let resolved = try world.serverRecords()
        #expect(Note(record: try #require(resolved[id])).summary == "Vans at 8:00 and 17:00")
        #expect(resolved[id]?.hasConflict == false)
        for index in [a, b] { #expect(try world.deviceRecords(index) == resolved) }
    }

    @Test func deleteAgainstEdit_IsConflictNotResurrectionOrLoss() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let id = try world.devices[a].store.log(Self.draft(world.devices[a].store)).id
        try world.sync(a)
        try world.sync(b)
        try world.devices[a].store.delete(id: id)
        _ = try world.devices[b].store.edit(id: id, changes: [.summary: .text("New detail")])
        for index in [a, b, a] { try world.sync(index) }
        let merged = try #require(try world.serverRecords()[id])
        #expect(merged.conflictedFields.contains("deleted"))
        #expect(!merged.isDeleted, "a contested delete keeps the note visible")
        #expect(merged.fields["summary"]?.entries.contains { $0.value == .text("New detail") } == true)
        _ = try world.devices[a].store.resolve(id: id, field: .deleted, value: .bool(true))
        for index in [a, b] { try world.sync(index) }
        #expect(try world.serverRecords()[id]?.isDeleted == true)
        #expect(try world.devices[b].store.note(id: id).isDeleted)
    }

    @Test func pushRetriedAfterLostAnswer_CreatesNoDuplicateAndNoConflict() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        for number in 0..<3 { try world.devices[a].store.log(Self.draft(world.devices[a].store, summary: "n\(number)")) }
        world.devices[a].transport.loseNextPushResponse = true
        #expect(throws: SyncFailure.self) { try world.sync(a) }
        #expect(try world.serverRecords().count == 3, "the server committed before the answer was lost")
        #expect(try world.devices[a].store.status().unsyncedNotes == 3, "the device did not checkpoint")
        let retry = try world.sync(a)
        #expect(retry.pushedNotes == 3 && retry.newConflicts == 0)
        #expect(try world.serverRecords().count == 3)
        #expect(try world.serverRecords().values.allSatisfy { !$0.hasConflict })
        #expect(try world.devices[a].store.status().unsyncedNotes == 0)
    }

    @Test func interruptedPull_ResumesAfterLastAppliedPage() throws {
        let world = try SyncWorld()
        let (a, b) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        for number in 0..<7 { try world.devices[a].store.log(Self.draft(world.devices[a].store, summary: "n\(number)")) }
        try world.sync(a)
        var report = SyncReport()
        let flaky = FlakyTransport(base: world.devices[b].transport, pullsBeforeFailure: 3)
        #expect(throws: SyncFailure.self) {
            try SyncEngine(store: world.devices[b].store, transport: flaky, pageSize: 2).pull(into: &report)
        }
        let pulledNotes = try world.devices[b].store.notes().count
        #expect(report.pulledRecords == 6 && pulledNotes == 6)
        var rest = SyncReport()
        try world.engine(b, pageSize: 2).pull(into: &rest)
        #expect(rest.pulledRecords == 1)
        #expect(try world.deviceRecords(b) == world.serverRecords())
    }
}
