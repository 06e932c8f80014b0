import FieldCore
import HTTPKit
import SyncService
import TestSupport

/// One real sync server (the real router over an in-memory store) shared by the whole hostile catalogue.
///
/// Timeouts are short so that the slow-client cases end in about a second; every other case
/// is answered long before them, so an answer of 408 where a 413 was expected shows the server
/// waited for a body it should have refused unread.
final class HostileServer: Sendable {
    static let device = "hostile-device-1"
    static let shared = Result { try HostileServer() }

    let server: HTTPServer
    let port: Int
    let credentials: HostileCredentials

    private init() throws {
        let world = try SyncWorld()
        credentials = HostileCredentials(token: try world.enrollBound(to: DeviceID(Self.device)), device: Self.device)
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.readTimeout = .milliseconds(500)
        configuration.requestTimeout = .seconds(1)
        server = HTTPServer(configuration: configuration, handler: world.router.handler)
        port = try server.start()
    }

    /// Sends `hostile` on a fresh connection and reads as many responses as it expects (fewer if the server closes).
    func exchange(_ hostile: HostileCase) throws -> [RawResponse] {
        let client = try TestClient(port: port)
        let bytes = hostile.request(credentials)
        // A send may fail once the server has answered and closed; the answer is still there to read.
        switch hostile.delivery {
        case .oneWrite: try? client.send(bytes)
        case .dribble: try dribble(bytes, to: client)
        }
        var responses: [RawResponse] = []
        for _ in hostile.answers {
            guard let response = try? client.readResponse() else { break }
            responses.append(response)
        }
        return responses
    }

    /// Sends all but the last byte, then one byte of filler every 20 ms until the server answers (at most ~10 s).
    private func dribble(_ bytes: [UInt8], to client: TestClient) throws {
        try client.send(Array(bytes.dropLast()))
        for _ in 0..<500 {
            guard (try? client.send([UInt8(ascii: "a")])) != nil else { return }
            if try client.socket.wait(timeout: .milliseconds(20)) == .ready { return }
        }
    }

    /// The status of GET /v1/health on a fresh connection, or nil if the server did not answer.
    func healthStatus() -> Int? {
        guard let client = try? TestClient(port: port),
              (try? client.send("GET /v1/health HTTP/1.1\r\nHost: fieldkit\r\nConnection: close\r\n\r\n")) != nil
        else { return nil }
        return (try? client.readResponse())?.status
    }
}
