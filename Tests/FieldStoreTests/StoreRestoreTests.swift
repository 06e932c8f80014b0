import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `StoreRestore` on files: what happens to the store it replaces, its write-ahead log, and the window it opens.
@Suite struct StoreRestoreTests {
    static let restoredAt = Timestamp(milliseconds: 1_790_000_000_000)  // 2026-09-21T14:13:20Z

    /// A central store at `folder/central.sqlite` and its backup at `folder/backup.sqlite`.
    static func makeStoreAndBackup(in folder: TemporaryFolder) throws -> (live: String, backup: String) {
        let live = folder.file("central.sqlite"), backup = folder.file("backup.sqlite")
        try CentralStore.openOrCreate(at: live).close()
        _ = try StoreBackup.copyCentralStore(at: live, to: backup)
        return (live, backup)
    }

    @Test func restore_AfterACrashLeftAWriteAheadLog_KeepsItInTheReplacedStoreOnly() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-restore-wal")
        let (live, backup) = try Self.makeStoreAndBackup(in: folder)
        // A writer that dies without closing: its commit is only in central.sqlite-wal.
        let crash = try ProcessRunner.python("""
            import os, sqlite3, sys
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("PRAGMA wal_autocheckpoint = 0")
            c.execute("INSERT INTO meta (key, value) VALUES ('crash_marker', 'only in the log')")
            os._exit(0)
            """, [live])
        #expect(crash.status == 0, "\(crash.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: live + "-wal")[.size] as? Int ?? 0) > 0, "the commit is in the log")

        let summary = try StoreRestore.restore(from: backup, into: live, at: Self.restoredAt)

        let kept = try #require(summary.replacedStoreKeptAt)
        #expect(kept == live + ".replaced-20260921T141320Z")
        #expect(!FileManager.default.fileExists(atPath: live + "-wal") && !FileManager.default.fileExists(atPath: kept + "-wal"),
                "the log was written into the replaced store, not left for the new one")
        #expect(try ProcessRunner.sqlite(kept, "SELECT value FROM meta WHERE key = 'crash_marker'") == "only in the log\n")
        let restored = try CentralStore.open(at: live)
        defer { try? restored.close() }
        #expect(try ProcessRunner.sqlite(live, "SELECT count(*) FROM meta WHERE key = 'crash_marker'") == "0\n")
        #expect(try restored.integrityCheck() == ["ok"])
        let original = try CentralStore.open(at: backup)
        let backupID = original.storeID
        try original.close()
        #expect(summary.storeID == restored.storeID && restored.storeID != backupID, "a new store id")
    }

    @Test func restore_Twice_KeepsBothReplacedStoresUnderTheirOwnNames() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-restore-twice")
        let (live, backup) = try Self.makeStoreAndBackup(in: folder)
        let first = try StoreRestore.restore(from: backup, into: live, at: Self.restoredAt)
        let second = try StoreRestore.restore(from: backup, into: live, at: Self.restoredAt)
        #expect(first.replacedStoreKeptAt == live + ".replaced-20260921T141320Z")
        #expect(second.replacedStoreKeptAt == live + ".replaced-20260921T141320Z-2")
        #expect(first.storeID != second.storeID)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names == ["central.sqlite", "backup.sqlite", "central.sqlite.replaced-20260921T141320Z", "central.sqlite.replaced-20260921T141320Z-2"])
    }

    @Test func restore_IntoAPathWithNoStore_ReplacesNothing() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-restore-new")
        let (_, backup) = try Self.makeStoreAndBackup(in: folder)
        let summary = try StoreRestore.restore(from: backup, into: folder.file("new.sqlite"), relayDays: 3, at: Self.restoredAt)
        #expect(summary.replacedStoreKeptAt == nil && summary.notes == 0)
        #expect(summary.relayWindow.end == Self.restoredAt.adding(milliseconds: 3 * 86_400_000))
    }

    @Test func restore_WhileAnotherConnectionHasTheStoreOpen_IsRefusedAndChangesNothing() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-restore-busy")
        let (live, backup) = try Self.makeStoreAndBackup(in: folder)
        let server = try CentralStore.open(at: live)
        defer { try? server.close() }
        _ = try server.integrityCheck()  // idle afterwards, as a server between requests
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(throws: StoreError.storeInUse(path: live)) { try StoreRestore.restore(from: backup, into: live) }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == before)
        #expect(try server.integrityCheck() == ["ok"], "the open store still works")
    }

    @Test func relayWindow_IsOpenFromTheRestoreUntilItsEnd() {
        let window = RelayWindow.opening(days: 14, at: Self.restoredAt)
        #expect(window.isOpen(at: Self.restoredAt))
        #expect(window.isOpen(at: Self.restoredAt.adding(milliseconds: 14 * 86_400_000 - 1)))
        #expect(!window.isOpen(at: Self.restoredAt.adding(milliseconds: 14 * 86_400_000)))
        #expect(!RelayWindow(end: nil).isOpen(at: Self.restoredAt), "a store that was never restored has no window")
    }
}
