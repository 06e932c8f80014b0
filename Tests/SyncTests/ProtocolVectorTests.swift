import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncService
import Testing

/// Runs Fixtures/protocol-vectors: prior server state and a push in; status, answer and state out.
@Suite struct ProtocolVectorTests {
    struct Vector: CustomTestStringConvertible, Sendable {
        let file: String
        var testDescription: String { file }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/protocol-vectors")

    static let vectors: [Vector] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted().map(Vector.init(file:))

    @Test func vectorsArePresent() {
        #expect(Self.vectors.count >= 18)
    }

    @Test(arguments: vectors) func vector_ProducesExpectedAnswerAndState(_ vector: Vector) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(vector.file))
        let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let world = try SyncWorld()
        let device = try #require(spec["device"] as? String)
        let token = try world.enrollBound(to: DeviceID(device))
        for record in try Self.records(spec["prior"]) {
            try world.gate.withStore { try $0.saveServerWrite(record) }
        }
        let body = try JSONSerialization.data(withJSONObject: try #require(spec["request"]))
        var headers = HTTPHeaders()
        headers.add("Host", "localhost")
        headers.add("Authorization", "Bearer \(token)")
        headers.add(SyncProtocol.deviceHeader, device)
        let response = world.router.handle(HTTPRequest(method: "POST", target: "/v1/push", headers: headers, body: Array(body)))

        #expect(response.status.code == spec["expected_status"] as? Int, "\(String(decoding: response.body, as: UTF8.self))")
        let answer = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        let expected = spec["expected_response"] as? [String: Any]
        if let results = expected?["results"] as? [[String: String]] {
            #expect(answer?["results"] as? [[String: String]] == results)
        } else {
            let code = (expected?["error"] as? [String: Any])?["code"] as? String
            #expect((answer?["error"] as? [String: Any])?["code"] as? String == code)
        }
        let state = try world.gate.withStore { try $0.allRecords() }
        #expect(state == (try Self.records(spec["expected_state"])).sorted { $0.id < $1.id })
    }

    static func records(_ value: Any?) throws -> [Record] {
        let data = try JSONSerialization.data(withJSONObject: value ?? [])
        return try (JSONParser.parse(Array(data)).arrayValue ?? []).map(Record.init(wire:))
    }
}
