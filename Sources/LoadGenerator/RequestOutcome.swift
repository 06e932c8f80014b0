import SyncClient

/// How one HTTP request of a simulated device ended, as the device saw it.
enum RequestOutcome: Sendable, Equatable {
    /// A 2xx answer carrying `records` records (pushed or pulled).
    case success(records: Int)
    /// An error status; `storageBusy` when the server said its store was busy: `storage_unavailable`,
    /// or SQLite's own words leaking through another code.
    case refused(status: Int, storageBusy: Bool)
    /// No HTTP answer: connection refused or reset, timeout, TLS refused.
    case unreachable
    /// An answer that is not the protocol.
    case badResponse

    /// The outcome a `SyncFailure` thrown by the transport stands for.
    init(_ failure: SyncFailure) {
        switch failure {
        case .rejected(let status, let code, let message):
            let busy = code == "storage_unavailable" || message.contains("SQLITE_BUSY") || message.contains("database is locked")
            self = .refused(status: status, storageBusy: busy)
        case .unreachable, .untrustedServer:
            self = .unreachable
        case .badResponse, .notConfigured:
            self = .badResponse
        }
    }
}
