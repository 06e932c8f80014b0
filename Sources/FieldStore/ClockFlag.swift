import FieldCore

/// A note whose recorded time looked wrong when its device pushed it: shown to coordinators,
/// never a reason to refuse the note.
public struct ClockFlag: Sendable, Equatable {
    /// What was wrong with the recorded time.
    public enum Reason: String, Sendable, CaseIterable {
        /// More than 10 minutes ahead of the device's own clock at the push.
        case future
        /// More than a day before the device was first enrolled.
        case beforeEnrollment = "before_enrollment"
    }

    public let recordID: String
    public let reason: Reason
    /// The device that pushed the note and wrote its recorded time.
    public let device: DeviceID
    /// How far off: ahead of the device's clock (`future`) or before its enrollment (`beforeEnrollment`).
    public let offBy: Int64
    /// When the server flagged it, by the server's clock.
    public let flaggedAt: Timestamp

    public init(recordID: String, reason: Reason, device: DeviceID, offBy: Int64, flaggedAt: Timestamp) {
        self.recordID = recordID
        self.reason = reason
        self.device = device
        self.offBy = offBy
        self.flaggedAt = flaggedAt
    }
}
