import FieldCore

/// A summary of a device store, for `fieldkit status`.
public struct StoreStatus: Sendable, Equatable {
    public let identity: DeviceIdentity
    public let path: String
    public let totalNotes: Int
    public let deletedNotes: Int
    public let unsyncedNotes: Int
    public let conflictedNotes: Int
    public let openStand: Stand?
    public let serverURL: String?
    /// The laptop's clock offset from the server's at the last sync; nil before the first.
    public let clockOffset: ClockOffset?
}
