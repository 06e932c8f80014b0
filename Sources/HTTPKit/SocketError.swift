/// A failed socket operation: which call, its errno, and `strerror` read at the throw site.
///
/// Equatable so tests can match exact failures; the message never holds request data.
public enum SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed; `errno` is its error number (for getaddrinfo, its EAI code).
    case failed(call: String, errno: Int32, message: String)
    /// Nothing arrived or could be sent within the allowed time.
    case timedOut
    /// The host name resolved to no address that could be used.
    case noUsableAddress(host: String)

    public var description: String {
        switch self {
        case let .failed(call, errno, message): "\(call) failed: \(message) (errno \(errno))"
        case .timedOut: "timed out"
        case let .noUsableAddress(host): "no usable address for \(host)"
        }
    }
}
