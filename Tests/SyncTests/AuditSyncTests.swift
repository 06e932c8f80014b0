@testable import FieldStore
import FieldCore
import Foundation
import HTTPKit
import SyncService
import Testing

/// The sync endpoints' audit entries: who pushed and pulled which records, and nothing of what they say.
@Suite struct AuditSyncTests {
    static func entries(_ world: SyncWorld) throws -> [AuditEntry] {
        try world.gate.withStore { try $0.auditEntries(AuditFilter()) }.reversed()
    }

    static func log(_ summaries: [String], on store: LocalStore) throws {
        for summary in summaries {
            _ = try store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna de Wit", topic: "noise", summary: summary))
        }
    }

    @Test func push_IsAuditedWithTheOfficerTheDeviceTheIdsAndTheCounts() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna de Wit")
        try Self.log(["Music at night", "Bins overflow"], on: world.devices[anna].store)
        try world.sync(anna)
        let push = try #require(try Self.entries(world).first)
        #expect(push.event.action == .push && push.event.actor == "Anna de Wit" && push.event.role == .officer)
        #expect(push.event.device == world.devices[anna].store.identity.deviceID.rawValue)
        #expect(Set(push.event.recordIDs) == Set(try world.serverRecords().keys) && push.event.recordIDs.count == 2)
        #expect(push.event.detail == ["inserted": .integer(2), "updated": .integer(0), "conflicted": .integer(0), "unchanged": .integer(0)])
        guard case .intact(let count, _) = try world.gate.withStore({ try $0.verifyAudit() }) else { Issue.record("chain broken"); return }
        #expect(try count == Self.entries(world).count)
    }

    @Test func pull_ThatServesRecords_IsAuditedPageByPage_AnEmptyOneIsNot() throws {
        let world = try SyncWorld()
        let (anna, bram) = (try world.addDevice(officer: "Anna de Wit"), try world.addDevice(officer: "Bram Öztürk"))
        try Self.log(["One", "Two", "Three"], on: world.devices[anna].store)
        try world.sync(anna)
        let before = try Self.entries(world).count
        _ = try world.engine(bram, pageSize: 2).run()
        let pulls = try Self.entries(world).dropFirst(before).filter { $0.event.action == .pull }
        #expect(pulls.map(\.event.recordIDs.count) == [2, 1], "one entry per page served")
        #expect(Set(pulls.flatMap(\.event.recordIDs)) == Set(try world.serverRecords().keys))
        #expect(pulls.allSatisfy { $0.event.actor == "Bram Öztürk" && $0.event.device == world.devices[bram].store.identity.deviceID.rawValue })
        #expect(pulls.first?.event.detail["more"] == .bool(true) && pulls.last?.event.detail["more"] == .bool(false))
        #expect(pulls.last?.event.detail["after"] == pulls.first?.event.detail["cursor"])
        let settled = try Self.entries(world).count
        try world.sync(bram)
        try world.sync(anna)
        #expect(try Self.entries(world).count == settled, "pulls that served nothing and empty pushes leave no entry")
    }

    @Test func push_Refused_LeavesNoAuditEntry() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna de Wit")
        try Self.log(["Music at night"], on: world.devices[anna].store)
        let batch = try #require(try world.devices[anna].store.nextPushBatch(limit: 500))
        let body = JSONWriter.write(PushRequest(device: DeviceID("someone-else"), records: batch.records).wireValue)
        let refused = world.router.handle(world.devices[anna].transport.makeRequest("POST", "/v1/push", query: [], body: body))
        #expect(refused.status.code == 403)
        #expect(try Self.entries(world).isEmpty)
    }

    /// Pulls keep working on a store that cannot be written (officers need their notes); the
    /// entry that could not be written is logged, without note contents.
    @Test func pull_OnAReadOnlyStore_IsServedAndTheMissedEntryLogged() throws {
        let captured = CapturedLog()
        let world = try SyncWorld(log: captured.log)
        let (anna, bram) = (try world.addDevice(officer: "Anna de Wit"), try world.addDevice(officer: "Bram Öztürk"))
        try world.sync(bram)  // binds Bram's token to his device, a write
        try Self.log(["Music at night"], on: world.devices[anna].store)
        try world.sync(anna)
        try world.gate.withStore { try $0.connection.execute("PRAGMA query_only = 1") }
        #expect(try world.sync(bram).pulledRecords == 1)
        #expect(captured.lines.contains { $0.contains("could not record in the audit trail a pull of 1 records by device=") })
        #expect(!captured.lines.joined().contains("Music at night"))
    }

    @Test func auditEntries_NeverHoldNoteContents() throws {
        let world = try SyncWorld()
        let (anna, bram) = (try world.addDevice(officer: "Anna de Wit"), try world.addDevice(officer: "Bram Öztürk"))
        let marker = "MARKER-\(UUID().uuidString)"
        _ = try world.devices[anna].store.log(NoteDraft(neighbourhood: "Lombok \(marker)", location: "Kanaalstraat \(marker)", officer: "Anna de Wit",
                                                        topic: "noise", summary: "Mrs Jansen \(marker)", followUp: "Call \(marker)",
                                                        contact: "06-\(marker)"))
        try world.sync(anna)
        try world.sync(bram)
        let dump = try world.gate.withStore { store in
            try store.connection.query("SELECT \(AuditTable.columns) FROM audit").map { "\($0.values)" }.joined()
        }
        #expect(try Self.entries(world).map(\.event.action) == [.push, .pull, .pull], "Anna's push, her pull of it, Bram's pull")
        #expect(!dump.contains(marker) && !dump.contains("Mrs Jansen"))
    }
}
