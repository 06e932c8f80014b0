import FieldCore
import FieldStore
import Foundation
import SyncClient
import SyncService
import Testing
import TestSupport

/// Issue 7's acceptance: an erasure reaches every copy, in the data and in the bytes of every store
/// file, and a device that syncs late cannot bring the erased data back.
@Suite struct ErasureAcceptanceTests {
    static let day: Int64 = 86_400_000

    /// Three laptops holding a note with a contact; laptop 2 then stops syncing (it is the stale one).
    static func worldWithSharedNote(contact: String, summary: String = "Music at night") throws -> (ErasureWorld, String) {
        let world = try ErasureWorld()
        for officer in ["Anna", "Bram", "Dana"] { try world.addDevice(officer: officer) }
        let id = try world.logNote(on: 0, summary: summary, contact: contact)
        for index in [0, 1, 2] { try world.sync(index) }
        for index in [-1, 0, 1, 2] { #expect(try world.contact(of: id, on: index) == .text(contact), "copy \(index) has the note") }
        #expect(!world.filesHolding(contact, laptops: [0, 1, 2]).isEmpty, "the marker is in the files to begin with")
        return (world, id)
    }

    @Test func contactRetention_ReachesEveryCopy_AndTheStaleDeviceCannotBringItBack() throws {
        let marker = ErasureWorld.marker("contact")
        let (world, id) = try Self.worldWithSharedNote(contact: "\(marker)@example.org")
        try world.gate.withStore { try $0.setRetentionPolicy(RetentionPolicy(contact: Self.day)) }
        let later = Timestamp.now().adding(milliseconds: 2 * Self.day)
        let report = RetentionSchedule(gate: world.gate, log: world.log.log, clock: { later }).tick()
        #expect(report?.contactsErased == 1 && report?.compacted == true)

        for index in [0, 1] { try world.sync(index) }
        for index in [-1, 0, 1] { #expect(try world.contact(of: id, on: index) == .null, "copy \(index) lost the contact") }
        #expect(world.filesHolding(marker, laptops: [0, 1]) == [], "the server's and the synced laptops' files")
        #expect(world.filesHolding(marker, laptops: [2]) != [], "the stale laptop still holds it until it syncs")

        let stale = try world.sync(2)
        #expect(stale.pulledRecords == 1)
        for index in [0, 1] { try world.sync(index) }
        for index in [-1, 0, 1, 2] { #expect(try world.contact(of: id, on: index) == .null, "copy \(index) after the stale sync") }
        #expect(world.filesHolding(marker, laptops: [0, 1, 2]) == [], "no store file holds the contact any more")
        let note = try world.devices[2].store.note(id: id)
        #expect(note.erasure?.byRetention == true && note.summary == "Music at night" && !note.isDeleted)
        #expect(!world.log.lines.contains { $0.contains(marker) }, "the server log never names the contact")
        print("erasure: contact retention reached 4 of 4 copies; the contact is in 0 of \(world.files(laptops: [0, 1, 2]).count) "
              + "store files (.sqlite, -wal, -shm of the server and 3 laptops); the stale laptop brought nothing back")
    }

    @Test func eraseOnRequest_ReachesEveryCopyAndFile() throws {
        let marker = ErasureWorld.marker("note")
        let (world, id) = try Self.worldWithSharedNote(contact: "\(marker)@example.org", summary: "Said \(marker) about the square")
        let carla = CoordinatorActor.author("Carla Smit")
        try world.gate.withStore { store in
            _ = try store.eraseNotes([String(id.prefix(8))], level: .note, reason: "resident asked", by: carla)
            _ = try store.compactAfterErasure()
        }
        for index in [0, 1, 2] { try world.sync(index) }
        for index in [0, 1, 2] {
            let note = try world.devices[index].store.note(id: id)
            #expect(note.erasure == Erasure(level: .note, byRetention: false, at: carla.at) && note.isDeleted && note.summary.isEmpty)
            #expect(note.neighbourhood == "Lombok", "when and where stay")
        }
        #expect(world.filesHolding(marker, laptops: [0, 1, 2]) == [])
        #expect(throws: StoreError.self) { try world.devices[0].store.edit(id: id, changes: [.topic: .text("again")]) }
    }

    @Test func concurrentContactWrite_OnADeviceThatHadNotSeenTheErasure_IsDroppedEverywhere() throws {
        let first = ErasureWorld.marker("first")
        let (world, id) = try Self.worldWithSharedNote(contact: "\(first)@example.org")
        try world.gate.withStore { store in
            _ = try store.eraseNotes([id], level: .contact, reason: "resident asked", by: CoordinatorActor.author("Carla Smit"))
            _ = try store.compactAfterErasure()
        }
        // Laptop 2 has not synced: it changes the contact, with consent, and only then syncs.
        let second = ErasureWorld.marker("second")
        _ = try world.devices[2].store.edit(id: id, changes: [.contact: .text("\(second)@example.org"), .consent: .bool(true), .topic: .text("parking")])
        try world.sync(2)
        for index in [0, 1] { try world.sync(index) }
        for index in [-1, 0, 1, 2] {
            #expect(try world.contact(of: id, on: index) == .null, "copy \(index) dropped the concurrent contact")
        }
        #expect(try world.devices[1].store.note(id: id).topic == "parking", "the rest of the concurrent edit stands")
        #expect(world.filesHolding(first, laptops: [0, 1, 2]) == [] && world.filesHolding(second, laptops: [0, 1, 2]) == [])
    }

    @Test func strings_FindsNoErasedContactInAnyStoreFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strings") else {
            print("strings: /usr/bin/strings is not installed; the raw-byte checks of the other erasure tests stand in for it")
            return
        }
        let marker = ErasureWorld.marker("strings")
        let (world, _) = try Self.worldWithSharedNote(contact: "\(marker)@example.org")
        func grep() throws -> [String] {
            try world.files(laptops: [0, 1, 2]).filter { name in
                try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/strings"), [world.folder.file(name)]).stdout.contains(marker)
            }
        }
        #expect(try grep() != [], "strings sees the contact before the erasure")
        try world.gate.withStore { try $0.setRetentionPolicy(RetentionPolicy(contact: Self.day)) }
        let later = Timestamp.now().adding(milliseconds: 2 * Self.day)
        _ = try RetentionRunner.run(at: later) { step in try world.gate.withStore { try step($0) } }
        for index in [0, 1, 2] { try world.sync(index) }
        #expect(try grep() == [], "strings FILE | grep MARKER finds nothing in \(world.files(laptops: [0, 1, 2]))")
    }
}
