import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// What a purge leaves in the store's files: no trace of the purged text, and old stores upgrade safely.
@Suite struct PurgeFileTests {
    @Test func purge_LeavesNoTraceOfTheTextInTheStoreFiles() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixture.make(in: folder)
        let marker = "ZQX-MARKER-\(UUID().uuidString)"
        let note = try store.log(StoreFixture.draft(summary: "first words \(marker)"), at: PurgeTests.old)
        _ = try store.edit(id: note.id, changes: [.summary: .text("second words \(marker)")], at: PurgeTests.old)
        try PurgeTests.acknowledgeAll(store)
        _ = try store.log(StoreFixture.draft(summary: "a note that stays"), at: PurgeTests.old)
        let files = [folder.file("field.sqlite"), folder.file("field.sqlite-wal")]
        #expect(files.contains { Self.contains($0, marker) }, "the marker is in the files before the purge")

        #expect(try store.purge(syncedBefore: PurgeTests.cutoff, at: PurgeTests.now).notes.count == 1)
        for file in files {
            #expect(!Self.contains(file, marker), "\(file) still holds the purged text")
        }
        #expect(Self.contains(files[0], "a note that stays") || Self.contains(files[1], "a note that stays"))
        try store.close()
        #expect(!Self.contains(files[0], marker))
    }

    @Test func upgrade_OfStoreWithoutSyncTimes_CountsHeldRecordsAsSyncedNow() throws {
        let folder = TemporaryFolder()
        let path = folder.file("field.sqlite")
        let store = try StoreFixture.make(in: folder)
        let other = Record.created(id: LocalStore.newID(), kind: .note, values: StoreFixture.draft().fieldValues,
                                   by: Author(device: DeviceID("00000000000000bb"), officer: "Bram", at: PurgeTests.old))
        _ = try store.applyPulled([other], cursor: "c1", at: PurgeTests.old)
        try store.close()
        try ProcessRunner.sqlite(path, "DROP TABLE purged; DROP TABLE synced; PRAGMA user_version = 1;")

        let upgraded = try LocalStore.open(at: path)
        #expect(try upgraded.purge(syncedBefore: PurgeTests.cutoff).notes.isEmpty, "no known sync time: not purgeable yet")
        #expect(try upgraded.purge(syncedBefore: Timestamp.now().adding(milliseconds: 60_000)).notes.map(\.id) == [other.id])
    }

    /// Whether the file's raw bytes hold `text`, as `strings` would find it.
    static func contains(_ path: String, _ text: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.range(of: Data(text.utf8)) != nil
    }
}
