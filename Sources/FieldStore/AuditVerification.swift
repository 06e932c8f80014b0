/// The outcome of checking an audit chain (`CentralStore.verifyAudit`).
public enum AuditVerification: Sendable, Equatable {
    /// Every entry holds and the chain ends where the store recorded it; `last` is nil for an empty chain.
    case intact(count: Int, last: AuditEntry?)
    /// The first place where the chain does not hold.
    case broken(AuditBreak)
}
