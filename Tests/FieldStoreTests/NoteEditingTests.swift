import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

@Suite struct NoteEditingTests {
    @Test func edit_ChangesOnlyGivenFieldsAndIncrementsCounter() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let note = try store.log(StoreFixture.draft())
        let (edited, changed) = try store.edit(id: note.id, changes: [.topic: .text("litter")])
        #expect(changed)
        #expect(edited.topic == "litter")
        #expect(edited.summary == note.summary)
        #expect(edited.version[StoreFixture.device] == 2)
        #expect(try store.note(id: note.id).version[StoreFixture.device] == 2)
    }

    @Test func edit_WithSameValue_WritesNothing() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let note = try store.log(StoreFixture.draft())
        let (unchanged, changed) = try store.edit(id: note.id, changes: [.topic: .text("parking")])
        #expect(!changed)
        #expect(unchanged.version == note.version)
    }

    @Test func delete_KeepsTombstoneWithPersonalFieldsCleared() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let note = try store.log(StoreFixture.draft(contact: "Mr. K, 06-00000001"))
        let deleted = try store.delete(id: note.id)
        #expect(deleted.isDeleted)
        #expect(deleted.summary.isEmpty && deleted.contact == nil && deleted.followUp == nil && deleted.tags.isEmpty)
        #expect(deleted.topic == "parking")
        #expect(deleted.version[StoreFixture.device] == 2)
        #expect(try store.notes().isEmpty)
        #expect(try store.notes(NoteFilter(includeDeleted: true)).map(\.id) == [note.id])
        #expect(throws: StoreError.noteDeleted(id: note.id)) { try store.edit(id: note.id, changes: [.topic: .text("x")]) }
        #expect(throws: StoreError.alreadyDeleted(id: note.id)) { try store.delete(id: note.id) }
    }

    @Test func resolveNoteID_AcceptsUniquePrefixOnly() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        try store.log(StoreFixture.draft(), id: "abc11111-0000-4000-8000-000000000000")
        try store.log(StoreFixture.draft(), id: "abc22222-0000-4000-8000-000000000000")
        #expect(try store.resolveNoteID("abc1") == "abc11111-0000-4000-8000-000000000000")
        #expect(try store.resolveNoteID("ABC2") == "abc22222-0000-4000-8000-000000000000")
        #expect(throws: StoreError.ambiguousID("abc", matches: ["abc11111-000", "abc22222-000"])) { try store.resolveNoteID("abc") }
        #expect(throws: StoreError.unknownID("fff")) { try store.resolveNoteID("fff") }
        #expect(throws: StoreError.unknownID("%")) { try store.resolveNoteID("%") }
    }

    @Test func filters_SelectByNeighbourhoodTopicAndFollowUp() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        try store.log(StoreFixture.draft(topic: "parking"))
        var other = StoreFixture.draft(topic: "litter")
        other.neighbourhood = "Zuilen"
        other.followUp = nil
        try store.log(other)
        #expect(try store.notes(NoteFilter(neighbourhood: "zuilen")).map(\.topic) == ["litter"])
        #expect(try store.notes(NoteFilter(topic: "parking")).count == 1)
        #expect(try store.notes(NoteFilter(followUpStatus: .open)).map(\.topic) == ["parking"])
    }

    @Test func stands_OpenOneAtATimeAndClose() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let stand = try store.openStand(neighbourhood: "Lombok", location: "Kanaalstraat", latitude: 52.09, longitude: 5.10)
        #expect(try store.currentStand()?.id == stand.id)
        #expect(throws: StoreError.standAlreadyOpen(stand)) { try store.openStand(neighbourhood: "X", location: "Y") }
        let closed = try store.closeStand()
        #expect(closed.closedAt != nil && closed.version[StoreFixture.device] == 2)
        #expect(try store.currentStand() == nil)
        #expect(throws: StoreError.noOpenStand) { try store.closeStand() }
        #expect(try store.stands().map(\.stand.id) == [stand.id])
    }

    @Test func importSample_LoadsEveryNoteOnceAndIsRepeatable() throws {
        let store = try StoreFixture.make(in: TemporaryFolder())
        let sample = try SampleFile.load(try Data(contentsOf: StoreFixture.sampleURL))
        let records = try sample.records(device: StoreFixture.device)
        let first = try store.importRecords(records)
        #expect(first.added == sample.stands.count + sample.notes.count && first.skipped == 0)
        #expect(try store.notes().count == sample.notes.count)
        #expect(try store.importRecords(records) == (added: 0, skipped: records.count))
        let zon = try store.notes().first { $0.summary.contains("café de Zon") }
        #expect(zon != nil)
        #expect(try store.notes().allSatisfy { !$0.neighbourhood.isEmpty && $0.standID != nil }, "notes take their stand's place")
        #expect(try store.status().unsyncedNotes == sample.notes.count)
    }
}
