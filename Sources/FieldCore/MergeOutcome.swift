/// The result of merging an incoming record into what a replica stored.
public struct MergeOutcome: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// The record was new here.
        case inserted
        /// Nothing changed: the incoming state was already known (a retry, a duplicate, or older).
        case unchanged
        /// The stored state moved forward, with no new conflict.
        case updated
        /// The merge put a field in conflict that was not in conflict in the stored state.
        case conflicted
    }

    public let record: Record
    public let change: Change

    public init(record: Record, change: Change) {
        self.record = record
        self.change = change
    }
}
