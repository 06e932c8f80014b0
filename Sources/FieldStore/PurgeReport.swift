import FieldCore

/// What `LocalStore.purge` removed from the laptop, or in a dry run would remove, and what it kept.
public struct PurgeReport: Sendable, Equatable {
    /// Records last synced before this moment were purgeable.
    public let cutoff: Timestamp
    /// Whether nothing was removed (the lists say what would have been).
    public let dryRun: Bool
    /// The notes purged, oldest recorded first.
    public let notes: [PurgedRecord]
    /// Closed stands purged because none of their notes remain here.
    public let stands: [PurgedRecord]
    /// Notes with nothing done to them here since the cutoff that were kept because the server
    /// has not yet acknowledged every local change to them.
    public let keptUnsynced: Int
}
