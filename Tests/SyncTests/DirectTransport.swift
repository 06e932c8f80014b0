import FieldCore
import Foundation
import HTTPKit
import SyncClient

/// A transport that hands requests straight to the server's router: the whole protocol
/// (auth, JSON, handlers, store) without sockets, so thousands of schedules run in seconds.
final class DirectTransport: SyncTransport {
    let router: Router
    let token: String
    let device: DeviceID
    /// When set, the next push is processed by the server but its answer is lost on the way back.
    var loseNextPushResponse = false
    /// Every push request sent, so a schedule can replay an old one later.
    private(set) var sentPushes: [PushRequest] = []
    /// The device's clock, sent as `FieldKit-Device-Time` when set; nil sends no such header, as older clients do.
    var deviceClock: (() -> Timestamp)?

    init(router: Router, token: String, device: DeviceID) {
        self.router = router
        self.token = token
        self.device = device
    }

    func push(_ request: PushRequest) throws -> PushResponse {
        sentPushes.append(request)
        let response = router.handle(makeRequest("POST", "/v1/push", query: [], body: JSONWriter.write(request.wireValue)))
        if loseNextPushResponse {
            loseNextPushResponse = false
            throw SyncFailure.unreachable("answer lost")
        }
        return try decode(response, as: PushResponse.init(wire:))
    }

    func pull(cursor: String?, limit: Int) throws -> PullResponse {
        var query = [(name: "limit", value: String(limit))]
        if let cursor { query.append((name: "cursor", value: cursor)) }
        return try decode(router.handle(makeRequest("GET", "/v1/pull", query: query, body: [])), as: PullResponse.init(wire:))
    }

    func makeRequest(_ method: String, _ path: String, query: [(name: String, value: String)], body: [UInt8]) -> HTTPRequest {
        var headers = HTTPHeaders()
        headers.add("Host", "localhost")
        headers.add("Authorization", "Bearer \(token)")
        headers.add(SyncProtocol.deviceHeader, device.rawValue)
        if let deviceClock { headers.add(SyncProtocol.deviceTimeHeader, String(deviceClock().milliseconds)) }
        var components = URLComponents()
        components.path = path
        if !query.isEmpty { components.queryItems = query.map { URLQueryItem(name: $0.name, value: $0.value) } }
        return HTTPRequest(method: method, target: components.string ?? path, headers: headers, body: body, remoteAddress: "127.0.0.1")
    }

    private func decode<T>(_ response: HTTPResponse, as make: (JSONValue) throws -> T) throws -> T {
        guard response.status.code == 200 else {
            let body = ErrorBody(wireBytes: response.body)
            throw SyncFailure.rejected(status: response.status.code, code: body?.error.code ?? "?", message: body?.error.message ?? "")
        }
        return try make(try JSONParser.parse(response.body))
    }
}
