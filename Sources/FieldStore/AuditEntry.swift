import FieldCore

/// One entry of the audit trail as stored: its place in the chain, when, the event, and its hashes.
public struct AuditEntry: Sendable, Equatable {
    /// Its number in the chain: 1, 2, 3... with no gaps.
    public let seq: Int64
    /// When the server recorded it (the server's clock).
    public let at: Timestamp
    public let event: AuditEvent
    /// The hash of the entry before it (for the first entry, the store's chain start: `AuditChain.genesis`).
    public let prevHash: String
    /// SHA-256 of this entry's columns, `prevHash` included (`AuditChain.hash`), in lower-case hex.
    public let hash: String
}
