import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncClient
import SyncService
import Testing

/// Authentication, device binding and the push guard, through the router.
@Suite struct SyncAccessTests {
    static func errorCode(_ response: HTTPResponse) -> String? {
        ErrorBody(wireBytes: response.body)?.error.code
    }

    static func pushBody(_ device: DeviceID, _ records: [Record]) throws -> [UInt8] {
        JSONWriter.write(PushRequest(device: device, records: records).wireValue)
    }

    static func note(by device: DeviceID, id: String = "00000000-0000-4000-8000-000000000001") -> Record {
        NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "parking", summary: "x")
            .record(id: id, by: Author(device: device, officer: "Anna"))
    }

    @Test func missingBadOrRevokedToken_Is401() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        let transport = world.devices[a].transport
        var request = transport.makeRequest("GET", "/v1/pull", query: [], body: [])
        request.headers.remove("Authorization")
        #expect(world.router.handle(request).status.code == 401)
        #expect(Self.errorCode(world.router.handle(request)) == "missing_token")
        request.headers.set("Authorization", "Bearer fk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        #expect(Self.errorCode(world.router.handle(request)) == "invalid_token")
        let forged = transport.token.dropLast() + (transport.token.last == "A" ? "B" : "A")
        request.headers.set("Authorization", "Bearer \(forged)")
        #expect(world.router.handle(request).status.code == 401, "a tampered secret fails the hash check")
        _ = try world.gate.withStore { try $0.revoke(.officer("Anna")) }
        #expect(Self.errorCode(world.router.handle(transport.makeRequest("GET", "/v1/pull", query: [], body: []))) == "revoked_token")
    }

    @Test func tokenUsedByAnotherDevice_Is403() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        let transport = world.devices[a].transport
        #expect(world.router.handle(transport.makeRequest("GET", "/v1/pull", query: [], body: [])).status.code == 200)
        var stolen = transport.makeRequest("GET", "/v1/pull", query: [], body: [])
        stolen.headers.set(SyncProtocol.deviceHeader, "other-laptop")
        let response = world.router.handle(stolen)
        #expect(response.status.code == 403 && Self.errorCode(response) == "device_mismatch")
    }

    @Test func pushNamingAnotherDevice_Is403() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        let body = try Self.pushBody(DeviceID("someone-else"), [Self.note(by: DeviceID("someone-else"))])
        let response = world.router.handle(world.devices[a].transport.makeRequest("POST", "/v1/push", query: [], body: body))
        #expect(response.status.code == 403 && Self.errorCode(response) == "device_mismatch")
        #expect(try world.serverRecords().isEmpty)
    }

    @Test func forgedCounter_Is422AndBatchNotStored() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        let device = world.devices[a].store.identity.deviceID
        let good = Self.note(by: device, id: "00000000-0000-4000-8000-00000000000a")
        var forged = Self.note(by: device, id: "00000000-0000-4000-8000-00000000000b")
        forged.version = forged.version.merged(with: VersionVector([DeviceID("dev-b"): 4]))
        let response = world.router.handle(world.devices[a].transport.makeRequest("POST", "/v1/push", query: [], body: try Self.pushBody(device, [good, forged])))
        #expect(response.status.code == 422 && Self.errorCode(response) == "forged_counter")
        #expect(String(decoding: response.body, as: UTF8.self).contains("00000000-0000-4000-8000-00000000000b"), "names the record")
        #expect(try world.serverRecords().isEmpty, "nothing of the batch is stored")
    }

    @Test func protocolMismatch_NamesBothVersions() throws {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        var request = world.devices[a].transport.makeRequest("GET", "/v1/pull", query: [], body: [])
        request.headers.set(SyncProtocol.versionHeader, "2")
        let response = world.router.handle(request)
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(response.status.code == 400 && text.contains("protocol_mismatch") && text.contains("2") && text.contains("1"))
    }

    @Test func health_NeedsNoToken() throws {
        let world = try SyncWorld()
        let request = HTTPRequest(method: "GET", target: "/v1/health")
        let response = world.router.handle(request)
        #expect(response.status.code == 200)
        #expect(try JSONParser.parse(response.body)["status"]?.stringValue == "ok")
    }
}
