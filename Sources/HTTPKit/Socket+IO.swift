/// Reading, writing and waiting with timeouts, built on poll(2) so no call blocks without a bound.
extension Socket {
    /// Waits until the socket is readable (or writable), the time runs out, or `interrupt` becomes readable.
    ///
    /// A nil timeout waits without limit.
    public func wait(
        forWriting: Bool = false, timeout: Duration?, interrupt: Int32? = nil
    ) throws(SocketError) -> SocketReadiness {
        var requests = [(descriptor: fileDescriptor, writing: forWriting)]
        if let interrupt { requests.append((interrupt, false)) }
        let milliseconds = timeout.map(\.pollMilliseconds) ?? -1
        let ready = try SystemCalls.poll(requests, timeoutMilliseconds: milliseconds)
        if ready.count > 1 && ready[1] { return .interrupted }
        return ready[0] ? .ready : .timedOut
    }

    /// Reads what is available now: nil if nothing yet, an empty array at end of stream.
    public func receive(maxBytes: Int = 65_536) throws(SocketError) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: maxBytes)
        let result = bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(SocketError) in try SystemCalls.receive(fileDescriptor, into: buffer) }
        }
        guard let count = try result.get() else { return nil }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Waits up to `timeout` for bytes and reads them; an empty array means end of stream.
    public func receive(timeout: Duration, maxBytes: Int = 65_536) throws(SocketError) -> [UInt8] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let bytes = try receive(maxBytes: maxBytes) { return bytes }
            let remaining = deadline - clock.now
            if remaining <= .zero { throw .timedOut }
            _ = try wait(timeout: remaining)
        }
    }

    /// Sends every byte, waiting for buffer space as needed; fails if no byte can be sent for `timeout`.
    public func sendAll(_ bytes: [UInt8], timeout: Duration) throws(SocketError) {
        var offset = 0
        while offset < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Result { () throws(SocketError) in
                    try SystemCalls.send(fileDescriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
                }
            }
            if let sent = try result.get() {
                offset += sent
            } else if try wait(forWriting: true, timeout: timeout) == .timedOut {
                throw .timedOut
            }
        }
    }

    /// Sends a UTF-8 string; see `sendAll(_:timeout:)`.
    public func sendAll(_ text: String, timeout: Duration) throws(SocketError) {
        try sendAll(Array(text.utf8), timeout: timeout)
    }
}
