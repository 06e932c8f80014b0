import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `LocalStore.purge`: only notes the server has acknowledged and nobody touched here since the
/// cutoff go; nothing of a purge reaches the push queue; a pull never brings a purged note back.
@Suite struct PurgeTests {
    static let day: Int64 = 86_400_000
    static let now = Timestamp.now()
    static let cutoff = now.adding(milliseconds: -14 * day)
    static let old = now.adding(milliseconds: -20 * day)

    /// Marks everything in the push queue as acknowledged by the server at `time`, as a successful push does.
    static func acknowledgeAll(_ store: LocalStore, at time: Timestamp = old) throws {
        while let batch = try store.nextPushBatch(limit: 500) { try store.acknowledgePush(throughSeq: batch.throughSeq, at: time) }
    }

    /// The record as another device changed it on the server, for pulls.
    static func editedElsewhere(_ record: Record, summary: String, at time: Timestamp = now) -> Record {
        record.writing([NoteField.summary.rawValue: .text(summary)], by: Author(device: DeviceID("00000000000000bb"), officer: "Bram", at: time))!
    }

    static func memoryStore() throws -> LocalStore {
        try LocalStore.inMemory(officer: "Sanne", deviceID: StoreFixture.device)
    }

    @Test func purge_WithNeverPushedNote_KeepsIt() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        let report = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(report.notes.isEmpty && report.keptUnsynced == 1)
        #expect(try store.record(id: note.id) != nil)
        #expect(try store.nextPushBatch(limit: 10)?.records.map(\.id) == [note.id])
    }

    @Test func purge_WithNoteEditedAfterLastPush_KeepsIt() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        _ = try store.edit(id: note.id, changes: [.mood: .text("positive")], at: Self.old.adding(milliseconds: Self.day))
        let report = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(report.notes.isEmpty && report.keptUnsynced == 1)
        #expect(try store.note(id: note.id).mood == .positive)
    }

    @Test func purge_WithAcknowledgedOldNote_RemovesItWithoutQueueingAPush() throws {
        let store = try Self.memoryStore()
        let gone = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        let recent = try store.log(StoreFixture.draft(topic: "litter"), at: Self.old)
        try Self.acknowledgeAll(store, at: Self.now.adding(milliseconds: -Self.day))
        let report = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(report.notes.map(\.id) == [gone.id] && report.keptUnsynced == 0 && !report.dryRun)
        #expect(try store.record(id: gone.id) == nil && store.record(id: recent.id) != nil)
        #expect(try store.nextPushBatch(limit: 10) == nil, "a purge must never be pushed")
        #expect(try store.purgedIDs() == [gone.id])
        #expect(try store.status().unsyncedNotes == 0)
    }

    @Test func purge_DryRun_ListsAndRemovesNothing() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        let report = try store.purge(syncedBefore: Self.cutoff, dryRun: true, at: Self.now)
        #expect(report.dryRun && report.notes.map(\.id) == [note.id] && report.notes.first?.topic == "parking")
        #expect(try store.record(id: note.id) != nil && store.purgedIDs().isEmpty)
    }

    @Test func purge_WithNoteChangedByARecentPull_KeepsIt() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        let pulled = Self.editedElsewhere(try #require(try store.record(id: note.id)), summary: "Bram's words")
        _ = try store.applyPulled([pulled], cursor: "c1", at: Self.now.adding(milliseconds: -Self.day))
        #expect(try store.purge(syncedBefore: Self.cutoff, at: Self.now).notes.isEmpty)
    }

    @Test func purge_WithNoteOnlyEverPulled_RemovesItOnceOldEnough() throws {
        let store = try Self.memoryStore()
        let other = Record.created(id: LocalStore.newID(), kind: .note, values: StoreFixture.draft().fieldValues,
                                   by: Author(device: DeviceID("00000000000000bb"), officer: "Bram", at: Self.old))
        _ = try store.applyPulled([other], cursor: "c1", at: Self.old)
        #expect(try store.purge(syncedBefore: Self.cutoff, at: Self.now).notes.map(\.id) == [other.id])
    }

    @Test func pull_OfPurgedNote_EvenChangedElsewhere_DoesNotBringItBack() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        let held = try #require(try store.record(id: note.id))
        _ = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        let applied = try store.applyPulled([held, Self.editedElsewhere(held, summary: "later edit")], cursor: "c2")
        #expect(applied.changed == 0)
        #expect(try store.record(id: note.id) == nil)
        #expect(try store.pullCursor() == "c2")
    }

    @Test func purge_AfterServerProgressIsForgotten_KeepsOwnNotesAndSkipsPurgedOnRepull() throws {
        let store = try Self.memoryStore()
        let purged = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        let held = try #require(try store.record(id: purged.id))
        _ = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        let kept = try store.log(StoreFixture.draft(topic: "litter"), at: Self.old)
        try Self.acknowledgeAll(store)
        try store.forgetServerProgress()
        let report = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(report.notes.isEmpty && report.keptUnsynced == 1, "after a cursor reset every own note waits to be pushed again")
        #expect(try store.nextPushBatch(limit: 10)?.records.map(\.id) == [kept.id], "the purged note is not pushed again")
        _ = try store.applyPulled([held], cursor: "fresh")
        #expect(try store.record(id: purged.id) == nil)
    }

    @Test func purge_RemovesClosedStandOnlyWhenNoneOfItsNotesRemain() throws {
        let store = try Self.memoryStore()
        let closed = try store.openStand(neighbourhood: "Lombok", location: "Kanaalstraat", at: Self.old)
        var draft = StoreFixture.draft()
        draft.standID = closed.id
        let first = try store.log(draft, at: Self.old)
        _ = try store.closeStand(at: Self.old)
        let open = try store.openStand(neighbourhood: "Zuilen", location: "Plein", at: Self.old)
        try Self.acknowledgeAll(store)
        let report = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(report.notes.map(\.id) == [first.id])
        #expect(report.stands.map(\.id) == [closed.id], "the open stand stays")
        #expect(try store.currentStand()?.id == open.id)

        let other = try Self.memoryStore()
        let busy = try other.openStand(neighbourhood: "Lombok", location: "Kanaalstraat", at: Self.old)
        _ = try other.closeStand(at: Self.old)
        try Self.acknowledgeAll(other)
        draft.standID = busy.id
        _ = try other.log(draft, at: Self.old)
        #expect(try other.purge(syncedBefore: Self.cutoff, at: Self.now).stands.isEmpty, "a stand whose note remains stays")
    }

    @Test func importRecords_OfPurgedNote_SkipsIt() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store)
        let held = try #require(try store.record(id: note.id))
        _ = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(try store.importRecords([held]) == (added: 0, skipped: 1))
    }
}

extension PurgeTests {
    @Test func purge_WithOldNotePushedOnlyRecently_KeepsItUntilItHasBeenSyncedForThePeriod() throws {
        let store = try Self.memoryStore()
        let note = try store.log(StoreFixture.draft(), at: Self.old)
        try Self.acknowledgeAll(store, at: Self.now.adding(milliseconds: -Self.day))
        let report = try store.purge(syncedBefore: Self.cutoff, at: Self.now)
        #expect(report.notes.isEmpty && report.keptUnsynced == 0, "written 20 days ago, but on the server only since yesterday")
        #expect(try store.record(id: note.id) != nil)
    }
}
