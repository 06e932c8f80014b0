import FieldCore

/// What a stored push did: one change per record in request order, and the relays it accepted.
public struct PushResult: Sendable, Equatable {
    /// What the merge did to each record, in the order they were pushed.
    public let changes: [MergeOutcome.Change]
    /// Other devices' writes accepted during a relay window; empty outside one.
    public let relays: [RelayedWrite]

    public init(changes: [MergeOutcome.Change], relays: [RelayedWrite]) {
        self.changes = changes
        self.relays = relays
    }
}
