/// A socket address kept as raw `sockaddr` bytes, so no file but SystemCalls needs C types.
struct SocketAddress: Sendable, Equatable {
    /// The address family (AF_INET or AF_INET6).
    var family: Int32
    /// The `sockaddr_in`/`sockaddr_in6` bytes as the kernel produced them.
    var bytes: [UInt8]

    /// The numeric host, e.g. "127.0.0.1" or "::1".
    var host: String { SystemCalls.describe(self).host }

    /// The port in host byte order.
    var port: Int { SystemCalls.describe(self).port }
}
