/// What applying one pulled page did to the device store.
public struct PullApplication: Sendable, Equatable {
    /// Records that were new here or changed by the merge.
    public let changed: Int
    /// Records whose merge produced a conflict that was not there before.
    public let newConflicts: Int
    /// Changed records that carry an erasure: the store's log should be compacted after the pull.
    public var erasures = 0
}
