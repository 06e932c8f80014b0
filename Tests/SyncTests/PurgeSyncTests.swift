import FieldCore
import FieldStore
import Foundation
import Testing

/// Purge through the real protocol: it never reaches the server or another device, and what it
/// removed does not come back, neither on the next pull nor after the server's store is replaced.
///
/// The syncs here happen now, so the purges take everything synced before a second from now.
@Suite struct PurgeSyncTests {
    static let day: Int64 = 86_400_000

    static var justAfterNow: Timestamp { .now().adding(milliseconds: 1_000) }

    static func draft(_ summary: String) -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "parking", summary: summary)
    }

    @Test func purge_OnOneDevice_LeavesServerAndOtherDevicesUntouched() throws {
        let world = try SyncWorld()
        let (anna, bram) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let old = Timestamp.now().adding(milliseconds: -20 * Self.day)
        let purged = try world.devices[anna].store.log(Self.draft("old and synced"), at: old)
        try world.sync(anna)
        try world.sync(bram)
        let unsynced = try world.devices[anna].store.log(Self.draft("old, never synced"), at: old)
        let serverBefore = try world.serverRecords()

        let report = try world.devices[anna].store.purge(syncedBefore: Self.justAfterNow)
        #expect(report.notes.map(\.id) == [purged.id] && report.keptUnsynced == 1)
        let pushesBefore = world.devices[anna].transport.sentPushes.count
        let after = try world.sync(anna)
        #expect(after.pushedNotes == 1 && after.pulledRecords == 0)
        let pushed = world.devices[anna].transport.sentPushes.dropFirst(pushesBefore).flatMap(\.records).map(\.id)
        #expect(pushed == [unsynced.id], "nothing of the purge is pushed")
        #expect(try world.serverRecords()[purged.id] == serverBefore[purged.id], "the server's copy is unchanged")
        try world.sync(bram)
        #expect(try world.deviceRecords(bram)[purged.id] == serverBefore[purged.id], "the other device keeps it")
        #expect(try world.deviceRecords(anna)[purged.id] == nil)
    }

    @Test func purgedNote_ChangedElsewhere_DoesNotReturnOnPullNorAfterACursorReset() throws {
        let world = try SyncWorld()
        let (anna, bram) = (try world.addDevice(officer: "Anna"), try world.addDevice(officer: "Bram"))
        let note = try world.devices[anna].store.log(Self.draft("old"), at: .now().adding(milliseconds: -20 * Self.day))
        try world.sync(anna)
        try world.sync(bram)
        #expect(try world.devices[anna].store.purge(syncedBefore: Self.justAfterNow).notes.count == 1)

        _ = try world.devices[bram].store.edit(id: note.id, changes: [.summary: .text("Bram added something")])
        try world.sync(bram)
        #expect(try world.sync(anna).pulledRecords == 0)
        #expect(try world.deviceRecords(anna)[note.id] == nil)

        try world.devices[anna].store.forgetServerProgress()
        let again = try world.sync(anna)
        #expect(again.pushedRecords == 0 && again.pulledRecords == 0)
        #expect(try world.deviceRecords(anna)[note.id] == nil)
        #expect(try world.serverRecords()[note.id]?.value(NoteField.summary.rawValue).text == "Bram added something")
    }
}
