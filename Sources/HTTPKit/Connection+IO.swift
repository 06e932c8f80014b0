/// The connection's socket reads and writes, each bounded by a deadline.
extension Connection {
    /// Longest a closing connection keeps discarding input so its last response is not lost to a TCP reset.
    static let lingerTime = Duration.seconds(1)
    /// Most bytes discarded while lingering.
    static let lingerBytes = 1 << 20

    /// Waits for the first byte of the next request; false means close quietly.
    ///
    /// Before the first request the wait is `readTimeout`; between requests, `keepAliveIdleTimeout`.
    /// Both end early when the server stops: idle connections are closed, not answered.
    mutating func awaitRequest() -> Bool {
        guard buffer.isEmpty else { return true }
        let deadline = clock.now + (served == 0 ? configuration.readTimeout : configuration.keepAliveIdleTimeout)
        while !context.stopSignal.isRaised {
            let remaining = deadline - clock.now
            guard remaining > .zero,
                  (try? socket.wait(timeout: remaining, interrupt: context.stopSignal.readDescriptor)) == .ready
            else { return false }
            switch Result(catching: { () throws(SocketError) in try socket.receive() }) {
            case .success(nil): continue
            case .success(let bytes?) where !bytes.isEmpty:
                buffer.append(bytes)
                return true
            default: return false
            }
        }
        return false
    }

    /// Reads at least one more byte into the buffer, or fails at the read timeout or the request deadline.
    mutating func fill(deadline: ContinuousClock.Instant) throws(ConnectionFailure) {
        while true {
            let remaining = deadline - clock.now
            guard remaining > .zero else { throw .timedOut }
            let bytes: [UInt8]?
            do {
                guard try socket.wait(timeout: min(remaining, configuration.readTimeout)) == .ready else {
                    throw ConnectionFailure.timedOut
                }
                bytes = try socket.receive()
            } catch let failure as ConnectionFailure {
                throw failure
            } catch {
                throw .gone
            }
            guard let bytes else { continue }
            guard !bytes.isEmpty else { throw .gone }
            buffer.append(bytes)
            return
        }
    }

    /// Sends everything or reports failure; a client that accepts no byte for `readTimeout` is given up on.
    func send(_ bytes: [UInt8]) -> Bool {
        (try? socket.sendAll(bytes, timeout: configuration.readTimeout)) != nil
    }

    /// Half-closes, then discards input until the client closes too (bounded in time and bytes).
    ///
    /// Closing a socket with unread input makes the kernel send a reset, which can destroy the response
    /// still in flight to the client; this is the "lingering close" of RFC 9112 §9.6.
    func linger() {
        socket.shutdownWrite()
        let deadline = clock.now + Self.lingerTime
        var discarded = 0
        while discarded < Self.lingerBytes {
            let remaining = deadline - clock.now
            guard remaining > .zero, (try? socket.wait(timeout: remaining)) == .ready else { return }
            switch Result(catching: { () throws(SocketError) in try socket.receive() }) {
            case .success(nil): continue
            case .success(let bytes?) where !bytes.isEmpty: discarded += bytes.count
            default: return
            }
        }
    }
}
