import HTTPKit

/// One raw client connection of the idle probe: it connects, stays silent, and reads what the server does.
final class ProbeConnection {
    /// What the server did with a connection the probe kept silent.
    enum Fate: Equatable {
        /// Nothing yet: the server admitted it and waits for a request.
        case held
        /// The server answered at once with this status (503 when over the cap) and whether it said `Connection: close`.
        case answered(status: Int, closing: Bool)
        /// The server closed it without a word (end of stream or reset).
        case closed
    }

    static let timeout: Duration = .seconds(5)
    let socket: Socket
    private var received: [UInt8] = []
    private var ended = false

    init(host: String, port: Int) throws {
        socket = try Socket.connected(host: host, port: port)
    }

    deinit {
        socket.close()
    }

    /// Reads whatever has arrived, without waiting, and says what the server has done so far.
    func fate() -> Fate {
        drain()
        if let head = Self.head(of: received) { return .answered(status: head.status, closing: head.closing) }
        return ended ? .closed : .held
    }

    /// Takes in every byte available now; end of stream or a reset marks the connection ended.
    private func drain() {
        while !ended {
            do {
                guard let bytes = try socket.receive() else { return }
                if bytes.isEmpty { ended = true } else { received += bytes }
            } catch {
                ended = true
            }
        }
    }

    /// Sends one request and reads the answer's status (0 when none arrives in time).
    func exchange(_ request: String) -> Int {
        received = []
        guard (try? socket.sendAll(request, timeout: Self.timeout)) != nil else { return 0 }
        while Self.head(of: received) == nil {
            guard let bytes = try? socket.receive(timeout: Self.timeout), !bytes.isEmpty else { return 0 }
            received += bytes
        }
        return Self.head(of: received)?.status ?? 0
    }

    /// The status and `Connection: close` of a complete response head, or nil while it is incomplete.
    static func head(of bytes: [UInt8]) -> (status: Int, closing: Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<end.lowerBound].split(separator: "\r\n")
        let words = lines.first?.split(separator: " ") ?? []
        guard words.count >= 2, words[0].hasPrefix("HTTP/1."), let status = Int(words[1]) else { return (0, false) }
        let closing = lines.dropFirst().contains { $0.lowercased().replacingOccurrences(of: " ", with: "") == "connection:close" }
        return (status, closing)
    }
}
