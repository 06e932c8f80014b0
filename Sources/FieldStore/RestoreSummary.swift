import FieldCore

/// What `StoreRestore.restore` did, for the admin's report.
public struct RestoreSummary: Sendable, Equatable {
    /// The backup that was copied.
    public let backup: String
    /// The store path that now holds the copy.
    public let store: String
    /// Where the store that was replaced now is; nil when there was none.
    public let replacedStoreKeptAt: String?
    /// The restored store's new id: every device's pull cursor is unknown to it.
    public let storeID: String
    /// Notes in the restored store (deleted ones included).
    public let notes: Int
    /// Until when the restored store accepts relayed writes.
    public let relayWindow: RelayWindow
}
