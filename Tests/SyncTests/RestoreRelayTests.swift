import FieldCore
import FieldStore
import Foundation
import SyncClient
import Testing
import TestSupport

/// After a restore from a backup, devices that both edited a note after the backup each claim the
/// other's newer counter. The restore opens a relay window in which the push guard accepts such
/// claims (and logs each one), so both re-pushes go through and everyone converges; outside a
/// window the guard refuses them as forged, as always.
@Suite struct RestoreRelayTests {
    static let anna = 0, bram = 1
    static let day: Int64 = 86_400_000
    /// Every text the scenario writes: none of it may reach the server log.
    static let noteTexts = ["Vans on the pavement", "Vans moved, one left", "Graffiti on the bridge", "Broken street light",
                            "Kanaalstraat 12", "traffic", "concerned", "Written after the restore"]

    @Test func restoredByCopyAlone_BothDevicesAreRefusedAsForged() throws {
        let world = try RestoreWorld()
        _ = try world.editBothSidesAfterBackup()
        let copy = world.folder.file("plain-copy.sqlite")
        try FileManager.default.copyItem(atPath: world.backup, toPath: copy)
        try world.serve(copy)
        for device in [Self.anna, Self.bram] {
            #expect(Self.refusal { try world.sync(device) } == "422 forged_counter", "device \(device) is stuck")
        }
    }

    @Test func restore_TwoDevicesThatEditedTheSameNote_BothRepushAndConverge() throws {
        let world = try RestoreWorld()
        let ids = try world.editBothSidesAfterBackup()
        let beforeLoss = try world.deviceRecords(Self.anna)
        #expect(try world.deviceRecords(Self.bram) == beforeLoss, "both laptops hold the same before the server is lost")

        let summary = try world.restore()
        #expect(Set(try world.serverRecords().keys) == [ids[0]], "the backup holds only the first note, as first written")
        #expect(summary.replacedStoreKeptAt.map(FileManager.default.fileExists) == true)
        let offline = try world.devices[Self.bram].log(RestoreWorld.draft("Written after the restore", by: "Bram"))
        let annaReport = try world.sync(Self.anna)
        let bramReport = try world.sync(Self.bram)
        try world.sync(Self.anna)

        let server = try world.serverRecords()
        #expect(server.count == 4 && server[offline.id] != nil, "every note once: \(server.count)")
        for (id, record) in beforeLoss {
            #expect(server[id] == record, "note \(id) is back exactly as the laptops had it, version \(record.version)")
        }
        #expect(try world.deviceRecords(Self.anna) == server && world.deviceRecords(Self.bram) == server, "both laptops equal the server")
        let notes = ids.compactMap { server[$0].map(Note.init(record:)) }
        #expect(notes.map(\.summary) == ["Vans moved, one left", "Graffiti on the bridge", "Broken street light"])
        #expect(notes[0].topic == "traffic" && notes[1].mood == .concerned && notes[2].location == "Kanaalstraat 12", "every edit is on the server")
        #expect(annaReport.pushedNotes == 3 && bramReport.pushedNotes == 1 + 4, "each laptop pushed everything again after the 409")
    }

    @Test func restore_AcceptedRelays_AreLoggedWithIdsAndCountersOnly() throws {
        let world = try RestoreWorld()
        let ids = try world.editBothSidesAfterBackup()
        try world.restore()
        try world.sync(Self.anna)
        try world.sync(Self.bram)

        let relays = world.serverLog.lines.filter { $0.contains("relay accepted after restore") }
        let expected = ids.map { "relay accepted after restore device=anna-laptop record=\($0) claims bram-laptop:1 (server had 0)" }
        #expect(relays.count == 3, "\(relays)")
        for line in expected {
            #expect(relays.contains { $0.hasSuffix(" " + line) }, "logged: \(line)")
        }
        for text in Self.noteTexts {
            #expect(!world.serverLog.lines.contains { $0.contains(text) }, "no note text in the log: \(text)")
        }
    }

    @Test func restore_AfterTheWindowEnded_ForgedCounterIsRefusedAgain() throws {
        let world = try RestoreWorld()
        _ = try world.editBothSidesAfterBackup()
        let summary = try world.restore(relayDays: 14, at: Timestamp.now().adding(milliseconds: -15 * Self.day))
        #expect(summary.relayWindow.isOpen(at: .now()) == false)
        #expect(Self.refusal { try world.sync(Self.anna) } == "422 forged_counter")
        #expect(world.serverLog.lines.contains { $0.contains("reason=forged_counter") })
        #expect(!world.serverLog.lines.contains { $0.contains("relay accepted") })
    }

    @Test func push_ClaimingAnotherDevicesCounter_AcceptedOnlyWhileTheWindowIsOpen() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-relay")
        let (live, backup) = (folder.file("central.sqlite"), folder.file("backup.sqlite"))
        try CentralStore.openOrCreate(at: live).close()
        _ = try StoreBackup.copyCentralStore(at: live, to: backup)
        let restoredAt = Timestamp(milliseconds: 1_790_000_000_000)
        _ = try StoreRestore.restore(from: backup, into: live, relayDays: 2, at: restoredAt)
        let store = try CentralStore.open(at: live)
        defer { try? store.close() }
        let pusher = DeviceID("dev-a")

        let relayed = try store.push([Self.note(by: pusher, claiming: 4, id: "r1")], from: pusher, at: restoredAt.adding(milliseconds: Self.day))
        #expect(relayed.relays == [RelayedWrite(recordID: "r1", pusher: pusher, device: DeviceID("dev-b"), claimed: 4, seen: 0)])
        #expect(relayed.changes == [.inserted])
        #expect(throws: PushRejection.forgedCounter(id: "r2", device: DeviceID("dev-b"), claimed: 4, seen: 0)) {
            try store.push([Self.note(by: pusher, claiming: 4, id: "r2")], from: pusher, at: restoredAt.adding(milliseconds: 2 * Self.day))
        }
        #expect(try store.record(id: "r2") == nil)
    }

    @Test func push_InsideTheWindow_EveryOtherCheckStays() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-relay")
        let (live, backup) = (folder.file("central.sqlite"), folder.file("backup.sqlite"))
        let original = try CentralStore.openOrCreate(at: live)
        let anna = DeviceID("dev-a"), other = DeviceID("dev-c")
        _ = try original.push([Self.note(by: anna, claiming: 0, id: "held")], from: anna)
        try original.close()
        _ = try StoreBackup.copyCentralStore(at: live, to: backup)
        _ = try StoreRestore.restore(from: backup, into: live)
        let store = try CentralStore.open(at: live)
        defer { try? store.close() }

        let tampered = Self.note(by: anna, claiming: 3, id: "held", summary: "different words under the same write")
        #expect(throws: PushRejection.tamperedWrite(id: "held", dot: Dot(device: anna, counter: 1))) {
            try store.push([tampered], from: other)
        }
        let stand = Record.created(id: "held", kind: .stand, values: ["neighbourhood": .text("Lombok")], by: Author(device: other, officer: "C"))
        #expect(throws: PushRejection.kindMismatch(id: "held")) { try store.push([stand], from: other) }
        let twice = Self.note(by: anna, claiming: 3, id: "twice")
        #expect(throws: PushRejection.duplicateRecord(id: "twice")) { try store.push([twice, twice], from: other) }
        #expect(throws: PushRejection.self) { try store.push([Self.note(by: anna, claiming: 3, id: "NOT valid")], from: other) }
        #expect(try store.allRecords().map(\.id) == ["held"], "nothing of the refused batches is stored")
    }

    /// The status and code of the server's refusal of `sync`, or nil when it went through.
    static func refusal(_ sync: () throws -> Void) -> String? {
        do {
            try sync()
            return nil
        } catch SyncFailure.rejected(let status, let code, _) {
            return "\(status) \(code)"
        } catch {
            return "\(error)"
        }
    }

    /// A note written by `device` whose version also claims `counter` writes by `dev-b` (none when 0).
    static func note(by device: DeviceID, claiming counter: UInt64, id: String, summary: String = "x") -> Record {
        var record = NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "parking", summary: summary)
            .record(id: id, by: Author(device: device, officer: "Anna"))
        if counter > 0 { record.version = record.version.merged(with: VersionVector([DeviceID("dev-b"): counter])) }
        return record
    }
}
