/// Why a sync stopped, in terms the officer's tool can explain and map to an exit code.
public enum SyncFailure: Error, Equatable, CustomStringConvertible {
    /// No answer from the server: no network, wrong address, server down, or a timeout.
    case unreachable(String)
    /// The connection was made but TLS failed: the server's certificate is not trusted, expired or
    /// for another name. Retrying will not help until the laptop or the server is fixed.
    case untrustedServer(String)
    /// The server answered with an error body.
    case rejected(status: Int, code: String, message: String)
    /// The server answered something that is not the protocol.
    case badResponse(String)
    /// No server or token is set on this device.
    case notConfigured

    /// Whether trying again later, unchanged, may well succeed (network, overload, server errors).
    public var isTemporary: Bool {
        switch self {
        case .unreachable: return true
        case .rejected(let status, _, _): return status >= 500 || status == 429 || status == 408
        case .untrustedServer, .badResponse, .notConfigured: return false
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let reason): return "server not reachable (\(reason))"
        case .untrustedServer(let reason): return "the server's certificate is not trusted by this device (\(reason))"
        case .rejected(let status, let code, let message): return "the server refused the sync (\(status) \(code)): \(message)"
        case .badResponse(let reason): return "the server's answer was not understood (\(reason))"
        case .notConfigured: return "no sync server is set; run 'fieldkit connect --server URL --token TOKEN'"
        }
    }
}
