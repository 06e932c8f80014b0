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
}
