@testable import FieldStore
import FieldCore
import Foundation
import Testing
import TestSupport

/// Appending through `audited` (the change and its entry together) and listing entries with filters.
@Suite struct AuditStoreTests {
    static let device = DeviceID("laptop-a")

    static func note(_ id: String = UUID().uuidString.lowercased()) -> Record {
        Record.created(id: id, kind: .note, values: ["topic": .text("parking"), "summary": .text("Vans on the pavement")],
                       by: Author(device: device, officer: "Anna de Wit", at: AuditFixture.start))
    }

    static func pushEvent(_ records: [Record]) -> AuditEvent {
        AuditEvent(actor: "Anna de Wit", role: .officer, device: device.rawValue, action: .push, recordIDs: records.map(\.id))
    }

    @Test func audited_StoresTheChangeAndItsEntryTogether() throws {
        let store = try CentralStore.inMemory()
        let record = Self.note()
        _ = try store.audited { try store.push([record], from: Self.device) } entry: { _ in Self.pushEvent([record]) }
        #expect(try store.record(id: record.id) != nil)
        #expect(try store.auditEntries(AuditFilter()).map(\.event) == [Self.pushEvent([record])])
        _ = try store.audited { try store.push([record], from: Self.device) } entry: { _ in nil }
        #expect(try store.auditEntries(AuditFilter()).count == 1, "no entry when the description is nil")
    }

    /// A pull's entry is written without an fsync, and every later write is durable again.
    @Test func deferredAppend_ExtendsTheChain_AndLeavesWritesDurable() throws {
        let folder = TemporaryFolder()
        let store = try CentralStore.openOrCreate(at: folder.file("central.sqlite"))
        defer { try? store.close() }
        try store.appendAudit(Self.pushEvent([]))
        try store.appendAuditDeferred(AuditEvent(actor: "Anna de Wit", role: .officer, device: Self.device.rawValue,
                                                 action: .pull, recordIDs: ["a", "b"]))
        #expect(try store.connection.scalar("PRAGMA synchronous").int64 == 2, "back to FULL for every other write")
        #expect(try store.auditEntries(AuditFilter()).map(\.event.action) == [.pull, .push])
        guard case .intact(2, _) = try store.verifyAudit() else {
            Issue.record("the chain should hold")
            return
        }
    }

    @Test func audited_WhenTheChangeIsRefused_StoresNeitherTheChangeNorItsEntry() throws {
        let store = try CentralStore.inMemory()
        let (first, twice) = (Self.note(), Self.note())
        #expect(throws: PushRejection.self) {
            try store.audited { try store.push([first, twice, twice], from: Self.device) } entry: { _ in Self.pushEvent([first, twice]) }
        }
        #expect(try store.record(id: first.id) == nil)
        #expect(try store.auditEntries(AuditFilter()).isEmpty)
    }

    /// The other way round: an entry that cannot be written takes the change with it.
    @Test func audited_WhenTheEntryCannotBeWritten_StoresNotTheChangeEither() throws {
        let fixture = try AuditFixture(entries: 1)
        try fixture.tamper("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit refused'); END;")
        let record = Self.note()
        let store = try CentralStore.open(at: fixture.path)
        defer { try? store.close() }
        #expect(throws: StoreError.self) {
            try store.audited { try store.push([record], from: Self.device) } entry: { _ in Self.pushEvent([record]) }
        }
        #expect(try store.record(id: record.id) == nil)
    }

    @Test func entries_FilterByActorRecordAndTimes_NewestFirst() throws {
        let fixture = try AuditFixture(entries: 10)
        let notes = AuditFixture.notes
        try fixture.withStore { store in
            func seqs(_ filter: AuditFilter) throws -> [Int64] { try store.auditEntries(filter).map(\.seq) }
            #expect(try seqs(AuditFilter()) == Array((1...10).reversed()))
            #expect(try seqs(AuditFilter(limit: 3)) == [10, 9, 8])
            #expect(try seqs(AuditFilter(actor: "carla SMIT")) == [9, 8, 4, 3])
            #expect(try seqs(AuditFilter(actor: "Carla")) == [], "a whole name, not a part")
            #expect(try seqs(AuditFilter(recordID: notes[2])) == [10, 9, 7, 5, 4, 2])
            #expect(try seqs(AuditFilter(recordID: String(notes[2].prefix(8)))) == [], "a whole id, not a prefix")
            #expect(try seqs(AuditFilter(since: AuditFixture.time(3), before: AuditFixture.time(6))) == [6, 5, 4])
            #expect(try seqs(AuditFilter(actor: "Bram Öztürk", recordID: notes[0], since: AuditFixture.time(5))) == [7])
            let entry = try #require(try store.auditEntries(AuditFilter(limit: 1)).first)
            #expect(entry.event == AuditFixture.event(9) && entry.at == AuditFixture.time(9))
        }
    }
}
