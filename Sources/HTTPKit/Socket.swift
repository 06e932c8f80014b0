/// A TCP socket: a file descriptor plus the few operations the server and its tests need.
///
/// A plain value, so it crosses threads freely; whoever opened it closes it exactly once.
/// Sockets made here are non-blocking after setup: waiting happens in `wait(...)`, never in recv/send.
public struct Socket: Sendable, Hashable {
    /// The underlying descriptor, for logging and for polling alongside other descriptors.
    public let fileDescriptor: Int32

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Opens a listening socket on `host` ("127.0.0.1", "::1", "0.0.0.0", "localhost") and `port` (0 = ephemeral).
    ///
    /// SO_REUSEADDR is set; when a name resolves to several addresses, IPv4 is tried first.
    public static func listening(host: String, port: Int, backlog: Int32 = 128) throws(SocketError) -> Socket {
        var lastError = SocketError.noUsableAddress(host: host)
        for address in try SystemCalls.resolve(host: host, port: port, passive: true) {
            do {
                return try listening(on: address, backlog: backlog)
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    private static func listening(on address: SocketAddress, backlog: Int32) throws(SocketError) -> Socket {
        let descriptor = try SystemCalls.socket(family: address.family)
        do {
            try SystemCalls.setReuseAddress(descriptor)
            try SystemCalls.bind(descriptor, address)
            try SystemCalls.listen(descriptor, backlog: backlog)
            try SystemCalls.setNonBlocking(descriptor)
        } catch {
            SystemCalls.close(descriptor)
            throw error
        }
        return Socket(fileDescriptor: descriptor)
    }

    /// Connects to `host:port` (blocking until connected), then switches to non-blocking mode.
    public static func connected(host: String, port: Int) throws(SocketError) -> Socket {
        var lastError = SocketError.noUsableAddress(host: host)
        for address in try SystemCalls.resolve(host: host, port: port, passive: false) {
            let descriptor = try SystemCalls.socket(family: address.family)
            do {
                try SystemCalls.connect(descriptor, address)
                try SystemCalls.setNonBlocking(descriptor)
                try? SystemCalls.setNoDelay(descriptor)
                return Socket(fileDescriptor: descriptor)
            } catch {
                SystemCalls.close(descriptor)
                lastError = error
            }
        }
        throw lastError
    }

    /// The local port, e.g. the one the kernel chose when port 0 was asked for.
    public func localPort() throws(SocketError) -> Int {
        try SystemCalls.localAddress(fileDescriptor).port
    }

    /// Accepts one pending connection, non-blocking; nil when none is pending.
    func accept() throws(SocketError) -> (socket: Socket, remoteAddress: String)? {
        guard let (descriptor, address) = try SystemCalls.accept(fileDescriptor) else { return nil }
        try? SystemCalls.setNoDelay(descriptor)
        return (Socket(fileDescriptor: descriptor), address.host)
    }

    /// Stops sending: the peer reads end-of-stream after what was already sent.
    public func shutdownWrite() {
        SystemCalls.shutdown(fileDescriptor, reading: false, writing: true)
    }

    /// Stops both directions, waking any thread blocked on this socket; the descriptor stays open.
    public func shutdownBoth() {
        SystemCalls.shutdown(fileDescriptor, reading: true, writing: true)
    }

    /// Releases the descriptor. Call once.
    public func close() {
        SystemCalls.close(fileDescriptor)
    }
}
