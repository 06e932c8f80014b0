import FieldCore

/// What one sync did, for the summary line: pushed N, pulled M, K conflicts.
public struct SyncReport: Sendable, Equatable {
    /// Records (notes and stands) the server acknowledged.
    public var pushedRecords = 0
    /// Notes among them.
    public var pushedNotes = 0
    /// Batches sent; a retried batch counts again.
    public var pushBatches = 0
    /// Records that pulling brought in or changed here.
    public var pulledRecords = 0
    /// Pages of the change feed applied.
    public var pullPages = 0
    /// Conflicts the pull created here that were not there before.
    public var newConflicts = 0
    /// The laptop's clock against the server's, from the last answer; nil when none came.
    public var clockOffset: ClockOffset?

    public init() {}
}
