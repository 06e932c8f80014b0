// The only file in HTTPKit that imports Glibc.
// Every other file reaches the operating system through these static functions,
// so errno handling, EINTR retries and C types stay in one place.
import Glibc

/// The POSIX calls HTTPKit makes, one `static func` each, throwing `SocketError`.
///
/// Each wrapper retries `EINTR` (except `close`, which must never be retried on Linux)
/// and reads `errno` immediately after the failing call, before anything else can change it.
/// The wrappers are `@inline(never)` so no retain/release traffic lands between the call and the read.
enum SystemCalls {
    static let interruptSignal: Int32 = SIGINT
    static let terminateSignal: Int32 = SIGTERM
    static let brokenPipeSignal: Int32 = SIGPIPE
    static let fileSizeLimitSignal: Int32 = SIGXFSZ

    /// Builds the error for a failed call, capturing `strerror` for the given errno now.
    private static func failure(_ call: String, _ code: Int32) -> SocketError {
        .failed(call: call, errno: code, message: String(cString: strerror(code)))
    }

    /// Runs `body` until it does not fail with `EINTR`; returns nil for `EAGAIN`/`EWOULDBLOCK`.
    @inline(never)
    private static func retrying<T: FixedWidthInteger>(
        _ call: String, wouldBlockIsNil: Bool = false, _ body: () -> T
    ) throws(SocketError) -> T? {
        while true {
            let result = body()
            if result != -1 { return result }
            let code = errno
            if code == EINTR { continue }
            if wouldBlockIsNil && (code == EAGAIN || code == EWOULDBLOCK) { return nil }
            throw failure(call, code)
        }
    }

    // MARK: Addresses

    /// Resolves a host name or numeric address to stream socket addresses, IPv4 first.
    static func resolve(host: String, port: Int, passive: Bool) throws(SocketError) -> [SocketAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0)
        var list: UnsafeMutablePointer<addrinfo>?
        let code = getaddrinfo(host, String(port), &hints, &list)
        guard code == 0, let first = list else {
            throw .failed(call: "getaddrinfo", errno: code, message: String(cString: gai_strerror(code)))
        }
        defer { freeaddrinfo(first) }
        var addresses: [SocketAddress] = []
        var node: UnsafeMutablePointer<addrinfo>? = first
        while let current = node {
            if let address = current.pointee.ai_addr {
                let raw = UnsafeRawBufferPointer(start: address, count: Int(current.pointee.ai_addrlen))
                addresses.append(SocketAddress(family: current.pointee.ai_family, bytes: Array(raw)))
            }
            node = current.pointee.ai_next
        }
        return addresses.filter { $0.family == AF_INET } + addresses.filter { $0.family != AF_INET }
    }

    /// Formats an address as its numeric host and port, e.g. ("::1", 8080).
    static func describe(_ address: SocketAddress) -> (host: String, port: Int) {
        var storage = storage(of: address)
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        let length = socklen_t(text.count)
        return withUnsafeMutablePointer(to: &storage) { pointer in
            if address.family == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                    _ = inet_ntop(AF_INET6, &ipv6.pointee.sin6_addr, &text, length)
                    return (cString(text), Int(UInt16(bigEndian: ipv6.pointee.sin6_port)))
                }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                _ = inet_ntop(AF_INET, &ipv4.pointee.sin_addr, &text, length)
                return (cString(text), Int(UInt16(bigEndian: ipv4.pointee.sin_port)))
            }
        }
    }

    private static func cString(_ text: [CChar]) -> String {
        text.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    private static func storage(of address: SocketAddress) -> sockaddr_storage {
        var storage = sockaddr_storage()
        let count = min(address.bytes.count, MemoryLayout<sockaddr_storage>.size)
        withUnsafeMutableBytes(of: &storage) { target in
            address.bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<count]))
            }
        }
        return storage
    }

    private static func withSockaddr<R>(
        _ address: SocketAddress, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R
    ) -> R {
        var storage = storage(of: address)
        let length = socklen_t(min(address.bytes.count, MemoryLayout<sockaddr_storage>.size))
        return withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// Runs a call that fills in a socket address (accept, getsockname) and returns it with the call's result.
    private static func fillingAddress(
        _ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> Int32
    ) -> (result: Int32, address: SocketAddress) {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &length) }
        }
        let bytes = withUnsafeBytes(of: &storage) { Array($0.prefix(Int(length))) }
        return (result, SocketAddress(family: Int32(storage.ss_family), bytes: bytes))
    }

    // MARK: Sockets

    /// socket(2): a close-on-exec stream socket.
    static func socket(family: Int32) throws(SocketError) -> Int32 {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return try retrying("socket") { Glibc.socket(family, type, 0) }!
    }

    /// setsockopt(2) SO_REUSEADDR, so a restarted server can bind while old connections sit in TIME_WAIT.
    static func setReuseAddress(_ descriptor: Int32) throws(SocketError) {
        try setFlag(descriptor, SOL_SOCKET, SO_REUSEADDR, "setsockopt(SO_REUSEADDR)")
    }

    /// setsockopt(2) TCP_NODELAY, so small responses are not held back by Nagle's algorithm.
    static func setNoDelay(_ descriptor: Int32) throws(SocketError) {
        try setFlag(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, "setsockopt(TCP_NODELAY)")
    }

    private static func setFlag(_ descriptor: Int32, _ level: Int32, _ name: Int32, _ call: String) throws(SocketError) {
        var one: Int32 = 1
        let size = socklen_t(MemoryLayout<Int32>.size)
        _ = try retrying(call) { setsockopt(descriptor, level, name, &one, size) }
    }

    /// fcntl(2) O_NONBLOCK, so reads and writes return EAGAIN and waiting happens in poll.
    static func setNonBlocking(_ descriptor: Int32) throws(SocketError) {
        let flags = try retrying("fcntl(F_GETFL)") { fcntl(descriptor, F_GETFL) }!
        _ = try retrying("fcntl(F_SETFL)") { fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) }
    }

    /// bind(2).
    static func bind(_ descriptor: Int32, _ address: SocketAddress) throws(SocketError) {
        _ = try retrying("bind") { withSockaddr(address) { Glibc.bind(descriptor, $0, $1) } }
    }

    /// listen(2).
    static func listen(_ descriptor: Int32, backlog: Int32) throws(SocketError) {
        _ = try retrying("listen") { Glibc.listen(descriptor, backlog) }
    }

    /// connect(2), blocking.
    static func connect(_ descriptor: Int32, _ address: SocketAddress) throws(SocketError) {
        _ = try retrying("connect") { withSockaddr(address) { Glibc.connect(descriptor, $0, $1) } }
    }

    /// accept(2); nil when no connection is pending. The new socket is made non-blocking and close-on-exec.
    ///
    /// (accept4 would do it in one call, but Swift's Glibc module does not export that GNU extension.)
    static func accept(_ descriptor: Int32) throws(SocketError) -> (descriptor: Int32, address: SocketAddress)? {
        var address = SocketAddress(family: 0, bytes: [])
        let accepted = try retrying("accept", wouldBlockIsNil: true) { () -> Int32 in
            let filled = fillingAddress { Glibc.accept(descriptor, $0, $1) }
            address = filled.address
            return filled.result
        }
        guard let client = accepted else { return nil }
        do {
            try setNonBlocking(client)
            try setCloseOnExec(client)
        } catch {
            close(client)
            throw error
        }
        return (client, address)
    }

    /// fcntl(2) FD_CLOEXEC, so descriptors do not leak into child processes.
    static func setCloseOnExec(_ descriptor: Int32) throws(SocketError) {
        let flags = try retrying("fcntl(F_GETFD)") { fcntl(descriptor, F_GETFD) }!
        _ = try retrying("fcntl(F_SETFD)") { fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
    }

    /// getsockname(2): the local address, e.g. to learn the port the kernel picked for port 0.
    static func localAddress(_ descriptor: Int32) throws(SocketError) -> SocketAddress {
        var address = SocketAddress(family: 0, bytes: [])
        _ = try retrying("getsockname") { () -> Int32 in
            let filled = fillingAddress { getsockname(descriptor, $0, $1) }
            address = filled.address
            return filled.result
        }
        return address
    }

    /// poll(2) on several descriptors; returns, per descriptor, whether it is ready (or hung up, or failed).
    static func poll(_ requests: [(descriptor: Int32, writing: Bool)], timeoutMilliseconds: Int32) throws(SocketError) -> [Bool] {
        var descriptors = requests.map {
            pollfd(fd: $0.descriptor, events: Int16($0.writing ? POLLOUT : POLLIN), revents: 0)
        }
        let count = nfds_t(descriptors.count)
        _ = try retrying("poll") { Glibc.poll(&descriptors, count, timeoutMilliseconds) }
        return descriptors.map { $0.revents != 0 }
    }

    /// recv(2); nil when nothing is available yet, 0 at end of stream.
    static func receive(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SocketError) -> Int? {
        try retrying("recv", wouldBlockIsNil: true) { recv(descriptor, buffer.baseAddress, buffer.count, 0) }
    }

    /// send(2) with MSG_NOSIGNAL, so a vanished peer is an EPIPE error rather than a SIGPIPE; nil when the buffer is full.
    static func send(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SocketError) -> Int? {
        let flags = Int32(MSG_NOSIGNAL)
        return try retrying("send", wouldBlockIsNil: true) { Glibc.send(descriptor, bytes.baseAddress, bytes.count, flags) }
    }

    /// shutdown(2); errors (e.g. ENOTCONN after the peer left) are ignored: the socket is being given up.
    static func shutdown(_ descriptor: Int32, reading: Bool, writing: Bool) {
        let how = reading && writing ? SHUT_RDWR : (reading ? SHUT_RD : SHUT_WR)
        _ = Glibc.shutdown(descriptor, Int32(how))
    }

    /// close(2), never retried: on Linux the descriptor is released even when close reports EINTR.
    static func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    // MARK: Pipes, signals, clocks, threads

    /// pipe(2), made non-blocking and close-on-exec: a wake-up channel that poll can watch.
    static func pipe() throws(SocketError) -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [-1, -1]
        _ = try retrying("pipe") { Glibc.pipe(&descriptors) }
        do {
            for descriptor in descriptors {
                try setNonBlocking(descriptor)
                try setCloseOnExec(descriptor)
            }
        } catch {
            descriptors.forEach(close)
            throw error
        }
        return (descriptors[0], descriptors[1])
    }

    /// write(2) of one byte; a full pipe already signals, so EAGAIN is ignored.
    static func writeByte(_ descriptor: Int32) {
        var byte: UInt8 = 1
        _ = try? retrying("write", wouldBlockIsNil: true) { Glibc.write(descriptor, &byte, 1) }
    }

    /// signal(2) SIG_IGN: the default action of SIGTERM/SIGINT (exit), SIGPIPE (exit) and SIGXFSZ (core dump) is turned off.
    static func ignoreSignal(_ signal: Int32) {
        _ = Glibc.signal(signal, SIG_IGN)
    }

    /// clock_gettime(2) CLOCK_REALTIME in whole seconds since 1970, for the Date header.
    static func realtimeSeconds() -> Int {
        var now = timespec()
        _ = clock_gettime(CLOCK_REALTIME, &now)
        return Int(now.tv_sec)
    }

    /// pthread_create(3) of a detached thread running `body`; a plain OS thread because connections block in poll.
    static func spawnThread(_ body: @escaping @Sendable () -> Void) throws(SocketError) {
        let box = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let code = pthread_create(&thread, &attributes, { raw in
            Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, box)
        if code != 0 {
            Unmanaged<ThreadBody>.fromOpaque(box).release()
            throw failure("pthread_create", code)
        }
    }

    /// Carries a thread's closure through pthread_create's untyped argument.
    private final class ThreadBody: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
