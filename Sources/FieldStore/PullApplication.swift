/// What applying one pulled page did to the device store.
public struct PullApplication: Sendable, Equatable {
    /// Records that were new here or changed by the merge.
    public let changed: Int
    /// Records whose merge produced a conflict that was not there before.
    public let newConflicts: Int
}
