import FieldCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Talks the sync protocol over HTTP(S) with URLSession.
///
/// Every request carries the bearer token, the device id, the protocol version and the device's
/// clock; error bodies are decoded into `SyncFailure.rejected`, and transport errors into `.unreachable`.
public final class HTTPSyncTransport: SyncTransport {
    private let baseURL: URL
    private let token: String
    private let device: DeviceID
    private let session: URLSession
    /// The laptop's clock, sent in `FieldKit-Device-Time`; tests give a skewed one.
    private let clock: () -> Timestamp

    public init(baseURL: URL, token: String, device: DeviceID, timeout: TimeInterval = 30,
                clock: @escaping () -> Timestamp = Timestamp.now) {
        self.baseURL = baseURL
        self.token = token
        self.device = device
        self.clock = clock
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func push(_ request: PushRequest) throws -> PushResponse {
        let body = Data(request.canonicalBytes)
        return try decode(send(method: "POST", path: "v1/push", query: [], body: body), as: PushResponse.init(wire:))
    }

    public func pull(cursor: String?, limit: Int) throws -> PullResponse {
        var query = [URLQueryItem(name: "limit", value: String(limit))]
        if let cursor { query.append(URLQueryItem(name: "cursor", value: cursor)) }
        return try decode(send(method: "GET", path: "v1/pull", query: query, body: nil), as: PullResponse.init(wire:))
    }

    private func send(method: String, path: String, query: [URLQueryItem], body: Data?) throws -> Data {
        var components = URLComponents(url: baseURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)
        if !query.isEmpty { components?.queryItems = query }
        guard let url = components?.url else { throw SyncFailure.unreachable("invalid server URL \(baseURL)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue(device.rawValue, forHTTPHeaderField: SyncProtocol.deviceHeader)
        request.setValue(String(SyncProtocol.version), forHTTPHeaderField: SyncProtocol.versionHeader)
        request.setValue(String(clock().milliseconds), forHTTPHeaderField: SyncProtocol.deviceTimeHeader)
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        let (data, status) = try BlockingRequest.perform(request, with: session)
        guard (200..<300).contains(status) else { throw Self.failure(status: status, body: data) }
        return data
    }

    private func decode<T>(_ data: Data, as make: (JSONValue) throws -> T) throws -> T {
        do {
            return try make(try JSONParser.parse(Array(data)))
        } catch {
            throw SyncFailure.badResponse("invalid \(T.self): \(error)")
        }
    }

    static func failure(status: Int, body: Data) -> SyncFailure {
        if let error = ErrorBody(wireBytes: Array(body)) {
            return .rejected(status: status, code: error.error.code, message: error.error.message)
        }
        return .rejected(status: status, code: "http_\(status)", message: "the server answered HTTP \(status)")
    }
}
