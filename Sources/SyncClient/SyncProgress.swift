/// A step of a running sync, for a progress display.
public enum SyncProgress: Sendable, Equatable {
    /// A push batch was acknowledged; `pushed` records so far.
    case pushed(records: Int)
    /// A pulled page was applied; `pulled` records so far.
    case pulled(records: Int)
}
