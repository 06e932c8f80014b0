import FieldCore

/// A write by another device that a push carried to the server during a relay window.
///
/// Only ids and counters: the server logs each one so an admin can see what the window let in,
/// and a log must never hold note contents.
public struct RelayedWrite: Sendable, Equatable {
    /// The record that carried the write.
    public let recordID: String
    /// The device that pushed the record.
    public let pusher: DeviceID
    /// The device whose counter the record advanced.
    public let device: DeviceID
    /// The counter the record claims for `device`.
    public let claimed: UInt64
    /// The counter the server held for `device` in this record before the push.
    public let seen: UInt64

    public init(recordID: String, pusher: DeviceID, device: DeviceID, claimed: UInt64, seen: UInt64) {
        self.recordID = recordID
        self.pusher = pusher
        self.device = device
        self.claimed = claimed
        self.seen = seen
    }
}
