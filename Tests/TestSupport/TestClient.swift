import Foundation
import HTTPKit

/// A raw HTTP client on the module's own `Socket`, to send exact bytes and read exact responses.
///
/// Every read is bounded by `timeout` (generous: the machine may be busy), so a broken server fails
/// a test instead of hanging it.
public final class TestClient {
    public static let timeout: Duration = .seconds(10)

    public let socket: Socket
    private var pending: [UInt8] = []

    public init(port: Int, host: String = "127.0.0.1") throws {
        socket = try Socket.connected(host: host, port: port)
    }

    deinit {
        socket.close()
    }

    public func send(_ text: String) throws {
        try socket.sendAll(text, timeout: Self.timeout)
    }

    public func send(_ bytes: [UInt8]) throws {
        try socket.sendAll(bytes, timeout: Self.timeout)
    }

    /// Reads one response (an interim 1xx, or one `toHEAD`, has no body); the body length comes from Content-Length.
    public func readResponse(toHEAD: Bool = false) throws -> RawResponse {
        let headEnd = try readUntil([13, 10, 13, 10])
        let head = String(decoding: pending[..<headEnd], as: UTF8.self)
        pending.removeFirst(headEnd + 4)
        let lines = head.components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2)
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers.add(String(parts[0]), parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : "")
        }
        let status = Int(statusParts[1]) ?? 0
        let length = status < 200 || toHEAD ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
        while pending.count < length { try receiveMore() }
        let body = Array(pending.prefix(length))
        pending.removeFirst(length)
        return RawResponse(status: status, reason: statusParts.count > 2 ? String(statusParts[2]) : "",
                           headers: headers, body: body)
    }

    /// Reads until the server closes; returns whatever arrived after the last parsed response.
    public func readToEnd() throws -> [UInt8] {
        while try receiveMoreOrEnd() {}
        defer { pending = [] }
        return pending
    }

    /// Whether the server has closed the connection without sending more (EOF or reset).
    public func isClosedByServer() -> Bool {
        do {
            return try readToEnd().isEmpty
        } catch SocketError.failed(_, let code, _) where code == 104 {  // ECONNRESET also means closed
            return pending.isEmpty
        } catch {
            return false
        }
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        while true {
            if let index = find(marker) { return index }
            try receiveMore()
        }
    }

    private func find(_ marker: [UInt8]) -> Int? {
        guard pending.count >= marker.count else { return nil }
        return (0...(pending.count - marker.count)).first { pending[$0..<($0 + marker.count)].elementsEqual(marker) }
    }

    private func receiveMore() throws {
        guard try receiveMoreOrEnd() else { throw ClientError.closedEarly(received: pending.count) }
    }

    private func receiveMoreOrEnd() throws -> Bool {
        let bytes = try socket.receive(timeout: Self.timeout)
        pending += bytes
        return !bytes.isEmpty
    }

    public enum ClientError: Error {
        case closedEarly(received: Int)
    }
}
