/// The named places in sync where a crash test may stop a process, to kill it from outside.
///
/// Each name says which process, which step, and where in that step. The crash harness
/// (Tests/ReliabilityTests) runs through every case, so a point added here is a point tested.
public enum CrashPointName: String, CaseIterable, Sendable {
    /// Server: inside the push transaction, just after one more record of the batch was written.
    case serverPushMidMerge = "server.push.mid-merge"
    /// Server: every record of the batch written, the transaction not yet committed.
    case serverPushBeforeCommit = "server.push.before-commit"
    /// Server: the batch committed, the answer not yet written.
    case serverPushAfterCommit = "server.push.after-commit"
    /// Server: a pull page read from the store, the answer not yet written.
    case serverPullAfterRead = "server.pull.after-read"
    /// Client: the server answered a push, the acknowledgement not yet saved.
    case clientPushAfterAnswer = "client.push.after-answer"
    /// Client: inside the acknowledgement's transaction, the checkpoint written but not committed.
    case clientPushAcknowledgeBeforeCommit = "client.push.acknowledge-before-commit"
    /// Client: one batch acknowledged, the next one not yet read.
    case clientPushBetweenBatches = "client.push.between-batches"
    /// Client: inside a pulled page's transaction, records merged and cursor written, not committed.
    case clientPullBeforeCommit = "client.pull.before-commit"
    /// Client: a pulled page and its cursor committed, the next page not yet asked for.
    case clientPullAfterCommit = "client.pull.after-commit"

    /// Whether the point is in `fieldkit-server` (else in `fieldkit`).
    public var isOnServer: Bool { rawValue.hasPrefix("server.") }
}
