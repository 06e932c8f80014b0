import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncClient
import SyncService
import Testing
import TestSupport

/// After the admin restores the server's store from a backup, the devices' next sync puts back
/// whatever the backup missed: a restored store has a new store id, so the device's cursor is
/// unknown (409), and the device then pushes everything again and reads the feed from the start.
@Suite struct RestoreFromBackupTests {
    static func draft(_ summary: String) -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "parking", summary: summary)
    }

    @Test func syncAfterRestore_PutsBackWhatTheBackupMissed() throws {
        let folder = TemporaryFolder()
        let live = folder.path + "/central.sqlite", backup = folder.path + "/backup.sqlite"
        let issued = TokenCodec.issue()
        let original = try CentralStore.openOrCreate(at: live)
        _ = try original.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: "Anna", role: .officer)
        let before = StoreGate(original)
        let anna = try LocalStore.inMemory(officer: "Anna", deviceID: DeviceID("anna-laptop"))
        func engine(_ gate: StoreGate) -> SyncEngine {
            SyncEngine(store: anna, transport: DirectTransport(router: SyncRoutes.router(gate: gate, log: .silent),
                                                              token: issued.text, device: anna.identity.deviceID))
        }

        let first = try anna.log(Self.draft("before the backup"))
        _ = try engine(before).run()
        _ = try StoreBackup.copyCentralStore(at: live, to: backup)
        let second = try anna.log(Self.draft("after the backup"))
        _ = try engine(before).run()
        try before.close()

        let restored = StoreGate(try CentralStore.open(at: backup))
        #expect(try restored.withStore { try $0.allRecords() }.map(\.id).contains(second.id) == false, "the backup misses the second note")
        let third = try anna.log(Self.draft("after the restore"))
        let report = try engine(restored).run()

        let onServer = Dictionary(uniqueKeysWithValues: try restored.withStore { try $0.allRecords() }.map { ($0.id, $0) })
        for note in [first, second, third] {
            #expect(onServer[note.id]?.version == (try anna.record(id: note.id))?.version, "\(note.summary) is back on the server")
        }
        #expect(report.pushedNotes == 3 + 1, "the one new note, then all three again after the 409")
        #expect(try anna.status().unsyncedNotes == 0)
        #expect(try engine(restored).run().pushedNotes == 0, "and the next sync is quiet again")
    }
}
