import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// The retention policy and erasure on request, on a real central store file.
@Suite struct RetentionStoreTests {
    static let day: Int64 = 86_400_000
    static let now = Timestamp(milliseconds: 1_790_000_000_000)
    static let laptop = DeviceID("00000000000000aa")

    /// A note recorded `daysAgo` days before `now` by the laptop, with a contact when given.
    static func note(_ id: String, daysAgo: Int64, contact: String? = nil) -> Record {
        let recorded = now.adding(milliseconds: -daysAgo * day)
        return NoteDraft(neighbourhood: "Lombok", location: "Kanaalstraat", recordedAt: recorded, officer: "Sanne",
                         topic: "noise", summary: "Summary of \(id)", contact: contact)
            .record(id: id, by: Author(device: laptop, officer: "Sanne", at: recorded))
    }

    /// A central store holding a young note, one past the contact retention, one past both, and one
    /// old note without any contact.
    static func makeStore(in folder: TemporaryFolder) throws -> CentralStore {
        let store = try CentralStore.openOrCreate(at: folder.file("central.sqlite"))
        _ = try store.push([
            note("young", daysAgo: 2, contact: "young@example.org"),
            note("month", daysAgo: 40, contact: "month@example.org"),
            note("ancient", daysAgo: 800, contact: "ancient@example.org"),
            note("plain", daysAgo: 40),
        ], from: laptop, at: now)
        try store.setRetentionPolicy(RetentionPolicy(contact: 30 * day, notes: 730 * day))
        return store
    }

    static func run(_ store: CentralStore, dryRun: Bool = false) throws -> RetentionReport {
        try RetentionRunner.run(at: now, dryRun: dryRun) { step in try step(store) }
    }

    @Test func retentionRun_ErasesContactsAndOldNotes() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        let report = try Self.run(store)
        #expect(report.contactsErased == 1 && report.notesErased == 1 && report.compacted)
        #expect(report.summary == "erased contact on 1 note, erased 1 note")
        let month = try #require(try store.record(id: "month"))
        #expect(month.erasure == Erasure(level: .contact, byRetention: true, at: Self.now))
        #expect(month.value("contact") == .null && month.value("summary") == .text("Summary of month"))
        let ancient = try #require(try store.record(id: "ancient"))
        #expect(ancient.erasure?.level == .note && ancient.isDeleted && ancient.value("summary") == .text(""))
        #expect(try store.record(id: "young")?.value("contact") == .text("young@example.org"))
        #expect(try store.record(id: "plain")?.erasure == nil, "a note without contact needs no erasure")
        #expect(try Self.run(store).summary == "erased contact on 0 notes, erased 0 notes", "a second run finds nothing")
        #expect(try store.lastRetentionRun()?.at == Self.now)
    }

    /// Each erasure, by the policy or on request, is in the audit trail with its notes; the chain holds.
    @Test func erasures_AreRecordedInTheAuditTrail() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        _ = try Self.run(store)
        let carla = Author(device: DeviceID("coord:carla-smit"), officer: "Carla Smit", at: Self.now)
        _ = try store.eraseNotes(["young"], level: .note, reason: "resident asked", by: carla, from: "cli:admin")
        let entries = try store.auditEntries(AuditFilter())
        let retention = entries.filter { $0.event.action == .retention }.flatMap(\.event.recordIDs)
        #expect(Set(retention) == ["month", "ancient"])
        let erase = try #require(entries.first { $0.event.action == .erase })
        #expect(erase.event.actor == "Carla Smit" && erase.event.device == "cli:admin" && erase.event.recordIDs == ["young"])
        guard case .intact = try store.verifyAudit() else {
            Issue.record("the audit chain should hold")
            return
        }
    }

    @Test func dryRun_CountsAndChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        let before = try store.allRecords()
        let report = try Self.run(store, dryRun: true)
        #expect(report.summary == "would erase contact on 1 note, would erase 1 note")
        #expect(try store.allRecords() == before)
    }

    @Test func policyOff_ErasesNothing() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        try store.setRetentionPolicy(RetentionPolicy())
        #expect(try store.retentionPolicy().isOff)
        #expect(try Self.run(store).summary == "erased contact on 0 notes, erased 0 notes")
    }

    @Test func retentionInBatches_ErasesEveryNote() throws {
        let folder = TemporaryFolder()
        let store = try CentralStore.openOrCreate(at: folder.file("central.sqlite"))
        _ = try store.push((0..<23).map { Self.note("n\($0)", daysAgo: 50, contact: "c\($0)@example.org") }, from: Self.laptop, at: Self.now)
        try store.setRetentionPolicy(RetentionPolicy(contact: 30 * Self.day))
        let report = try RetentionRunner.run(at: Self.now, batchSize: 5) { step in try step(store) }
        #expect(report.contactsErased == 23)
        #expect(try store.allRecords().allSatisfy { $0.value("contact") == .null })
    }

    @Test func eraseOnRequest_ChecksEveryIDFirst() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        let before = try store.allRecords()
        let carla = CoordinatorActor.author("Carla Smit", at: Self.now)
        #expect(throws: StoreError.unknownID("nosuch")) {
            try store.eraseNotes(["young", "nosuch"], level: .note, reason: "request", by: carla)
        }
        #expect(try store.allRecords() == before, "nothing erased when one id is unknown")
        let erased = try store.eraseNotes(["you", "young", "plain"], level: .note, reason: "resident asked", by: carla)
        #expect(erased.map(\.id) == ["young", "plain"] && erased.allSatisfy(\.changed))
        #expect(try store.compactAfterErasure())
        #expect(try store.record(id: "young")?.erasure == Erasure(level: .note, byRetention: false, at: Self.now))
        #expect(try store.eraseNotes(["young"], level: .note, reason: "again", by: carla).first?.changed == false)
    }

    @Test func staleCopyAfterErasure_ChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        _ = try Self.run(store)
        let erased = try #require(try store.record(id: "month"))
        let result = try store.push([Self.note("month", daysAgo: 40, contact: "month@example.org")], from: Self.laptop, at: Self.now)
        #expect(result.changes == [.unchanged])
        #expect(try store.record(id: "month") == erased)
    }

    @Test func deviceWritingAnErasure_IsRefused() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        let held = Self.note("month", daysAgo: 40, contact: "month@example.org")
        let forged = try #require(held.writing(["erased": .text("contact"), "contact": .null], by: Author(device: Self.laptop, officer: "Sanne", at: Self.now)))
        #expect(throws: PushRejection.erasureRefused(id: "month", device: Self.laptop)) { try store.push([forged], from: Self.laptop, at: Self.now) }
    }

    @Test func coordinatorEdit_OfErasedNoteOrContact_IsRefused() throws {
        let folder = TemporaryFolder()
        let store = try Self.makeStore(in: folder)
        _ = try Self.run(store)
        let carla = CoordinatorActor.author("Carla Smit", at: Self.now)
        #expect(throws: StoreError.self) { try store.write(id: "ancient", changes: [.followUpOwner: .text("Sanne")], by: carla) }
        #expect(throws: StoreError.self) { try store.write(id: "month", changes: [.contact: .text("new@example.org")], by: carla) }
        #expect(try store.write(id: "month", changes: [.followUpOwner: .text("Sanne")], by: carla).changed)
    }

    @Test func erasedText_IsGoneFromTheStoreFiles() throws {
        let folder = TemporaryFolder()
        let path = folder.file("central.sqlite")
        let store = try CentralStore.openOrCreate(at: path)
        let marker = "erasemarker\(UInt32.random(in: 0...UInt32.max))"  // lower case, as the free-text index stores words
        var record = Self.note("marked", daysAgo: 900, contact: "\(marker)@example.org")
        record = try #require(record.writing(["summary": .text("Said \(marker) twice \(marker)")], by: Author(device: Self.laptop, officer: "Sanne", at: Self.now)))
        _ = try store.push([record], from: Self.laptop, at: Self.now)
        var search = ReviewFilter()
        search.search = marker
        search.includeDeleted = true
        #expect(try store.reviewNotes(search).count == 1)
        try store.setRetentionPolicy(RetentionPolicy(notes: 365 * Self.day))
        #expect(try Self.run(store).notesErased == 1)
        #expect(try store.reviewNotes(search).isEmpty)
        for (name, bytes) in folder.snapshot() {
            #expect(bytes.range(of: Data(marker.utf8)) == nil, "\(name) still holds the erased text")
        }
        try store.close()
    }
}
