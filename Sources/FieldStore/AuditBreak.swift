/// The first place where an audit chain does not hold: which entry, and what is wrong there.
public struct AuditBreak: Sendable, Equatable {
    /// The number of the first broken entry (for entries missing at the end: the first missing one).
    public let seq: Int64
    /// That entry as stored, or nil when it is missing.
    public let entry: AuditEntry?
    public let problem: AuditProblem
}
