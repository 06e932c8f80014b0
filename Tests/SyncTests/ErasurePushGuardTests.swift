import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncService
import Testing

/// Only coordinators erase, on the server: the push guard refuses a device's own erasure.
@Suite struct ErasurePushGuardTests {
    static func push(_ world: SyncWorld, _ index: Int, _ records: [Record]) -> HTTPResponse {
        let device = world.devices[index].store.identity.deviceID
        let body = JSONWriter.write(PushRequest(device: device, records: records).wireValue)
        return world.router.handle(world.devices[index].transport.makeRequest("POST", "/v1/push", query: [], body: body))
    }

    static func note(by device: DeviceID) -> Record {
        NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "x", contact: "06-1")
            .record(id: "00000000-0000-4000-8000-0000000000e1", by: Author(device: device, officer: "Anna"))
    }

    @Test func deviceWritingAnErasure_Is422ErasureRefused_AndNothingIsStored() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        let device = world.devices[a].store.identity.deviceID
        let own = try #require(Self.note(by: device).writing(["erased": .text("contact"), "contact": .null], by: Author(device: device, officer: "Anna")))
        let response = Self.push(world, a, [own])
        #expect(response.status.code == 422 && ErrorBody(wireBytes: response.body)?.error.code == "erasure_refused")
        #expect(String(decoding: response.body, as: UTF8.self).contains("only the server erases"))
        #expect(try world.serverRecords().isEmpty)
    }

    @Test func erasureClaimedForAnotherDevice_Is422InvalidRecord() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        let device = world.devices[a].store.identity.deviceID
        let other = try #require(Self.note(by: device).writing(["erased": .text("note")], by: Author(device: DeviceID("laptop-x"), officer: "X")))
        let response = Self.push(world, a, [other])
        #expect(response.status.code == 422 && ErrorBody(wireBytes: response.body)?.error.code == "invalid_record")
        #expect(String(decoding: response.body, as: UTF8.self).contains("not a coordinator"))
    }

    @Test func relayedCoordinatorErasure_IsAccepted() throws {
        // What a laptop pushes after pulling an erasure: the coordinator's write, which the server holds.
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        try world.devices[a].store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "x", contact: "06-1"),
                                       id: "00000000-0000-4000-8000-0000000000e2")
        try world.sync(a)
        _ = try world.gate.withStore { try $0.eraseNotes(["00000000-0000-4000-8000-0000000000e2"], level: .contact, reason: "r",
                                                         by: CoordinatorActor.author("Carla")) }
        try world.sync(a)
        _ = try world.devices[a].store.edit(id: "00000000-0000-4000-8000-0000000000e2", changes: [.topic: .text("parking")])
        #expect(try world.sync(a).pushedRecords == 1)
        #expect(try world.serverRecords()["00000000-0000-4000-8000-0000000000e2"]?.value("topic") == .text("parking"))
    }
}
