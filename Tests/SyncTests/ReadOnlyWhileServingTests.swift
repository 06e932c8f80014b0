@testable import FieldStore
import FieldCore
import Foundation
import HTTPKit
import SyncClient
import Testing

/// A store that turns read-only while the server runs, through the real handlers.
///
/// The kernel refuses `mount -o remount,ro` (EBUSY) while the server holds the store open for
/// writing, so the fault is made inside SQLite with `PRAGMA query_only`: every write then fails
/// with SQLITE_READONLY, exactly as on a store SQLite opened read-only.
@Suite struct ReadOnlyWhileServingTests {
    static func setReadOnly(_ world: SyncWorld, _ readOnly: Bool) throws {
        try world.gate.withStore { try $0.connection.execute("PRAGMA query_only = \(readOnly ? 1 : 0)") }
    }

    static func log(_ count: Int, on store: LocalStore) throws {
        for index in 0..<count {
            _ = try store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "Music at night \(index)"))
        }
    }

    @Test func push_WhileStoreIsReadOnly_Is503PullWorksAndRetrySucceeds() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna")
        let bram = try world.addDevice(officer: "Bram")
        try Self.log(2, on: world.devices[anna].store)
        try world.sync(anna)
        try world.sync(bram)
        try Self.log(4, on: world.devices[anna].store)

        try Self.setReadOnly(world, true)
        let batch = try #require(try world.devices[anna].store.nextPushBatch(limit: 500))
        let body = JSONWriter.write(PushRequest(device: world.devices[anna].store.identity.deviceID, records: batch.records).wireValue)
        let refused = world.router.handle(world.devices[anna].transport.makeRequest("POST", "/v1/push", query: [], body: body))
        #expect(refused.status.code == 503 && refused.headers["Retry-After"] == "5")
        #expect(ErrorBody(wireBytes: refused.body)?.error.code == "storage_unavailable")
        #expect(throws: SyncFailure.rejected(status: 503, code: "storage_unavailable",
                                             message: "the server's store is busy or read-only; nothing of this request was stored; try again later")) {
            try world.sync(anna)
        }
        #expect(try world.serverRecords().count == 2, "nothing of the refused batch is stored")
        #expect(try world.sync(bram).pulledRecords == 0, "pulls still work on a read-only store")

        try Self.setReadOnly(world, false)
        #expect(try world.sync(anna).pushedNotes == 4)
        #expect(try world.sync(bram).pulledRecords == 4)
        #expect(try world.serverRecords().count == 6 && world.deviceRecords(bram) == world.serverRecords())
        print("io faults: read-only while running (simulated with PRAGMA query_only): push answered 503 storage_unavailable "
              + "with Retry-After 5, records 2 before and after (0 partial), pulls answered 200; once writable the retry pushed 4, all converged")
    }
}
