import FieldCore

/// What one simulated device wrote, kept apart from the device so the checks can be run on it alone.
public struct DeviceLedger: Sendable, Equatable {
    public let device: DeviceID
    /// The notes it logged.
    public let loggedIDs: [String]
    /// Its writes per record (logging a note is its first write): its counter in that record's version.
    public let writes: [String: Int]

    public init(device: DeviceID, loggedIDs: [String], writes: [String: Int]) {
        self.device = device
        self.loggedIDs = loggedIDs
        self.writes = writes
    }
}
