import FieldCore

/// Whether a pushed note's recorded time is plausible: a pure rule, so it can be tested alone and
/// kept out of the merge.
///
/// Only a recorded time written by the pushing device is judged, since only that device's clock is
/// known to the push: a note another device wrote and this one merely carries is left alone.
/// Both limits are measured against the pushing device's own clock (the server's time minus the
/// device's measured offset), so a clock that is merely off does not flag every note it stamps;
/// `fieldkit status` and `fieldkit-server devices` show that offset instead.
public enum RecordedTimeCheck {
    /// A recorded time this far ahead of the device's clock is flagged `future`.
    public static let futureTolerance: Int64 = 10 * 60_000
    /// A recorded time this far before the device's enrollment is flagged `beforeEnrollment`.
    public static let enrollmentTolerance: Int64 = 86_400_000

    /// What the device's clock said at the push, and when it was enrolled by its own clock.
    public struct DeviceClock: Sendable {
        public let device: DeviceID
        /// The server's time at the push.
        public let serverNow: Timestamp
        /// Server minus device, in ms; 0 when the device never said its time.
        public let offset: Int64
        /// When the device was enrolled, by the server's clock.
        public let enrolledAt: Timestamp

        public init(device: DeviceID, serverNow: Timestamp, offset: Int64, enrolledAt: Timestamp) {
            self.device = device
            self.serverNow = serverNow
            self.offset = offset
            self.enrolledAt = enrolledAt
        }
    }

    /// The flags for one pushed record; none for stands, for a recorded time another device wrote,
    /// and for a plausible time.
    public static func flags(for record: Record, clock: DeviceClock) -> [ClockFlag] {
        guard record.kind == .note, let entry = record.fields[NoteField.recordedAt.rawValue]?.latestEntry,
              entry.dot.device == clock.device, let recorded = entry.value.integer else { return [] }
        let deviceNow = clock.serverNow.milliseconds - clock.offset
        let enrolled = clock.enrolledAt.milliseconds - clock.offset
        var flags: [ClockFlag] = []
        if recorded - deviceNow > futureTolerance {
            flags.append(flag(record, .future, recorded - deviceNow, clock))
        }
        if enrolled - recorded > enrollmentTolerance {
            flags.append(flag(record, .beforeEnrollment, enrolled - recorded, clock))
        }
        return flags
    }

    private static func flag(_ record: Record, _ reason: ClockFlag.Reason, _ offBy: Int64, _ clock: DeviceClock) -> ClockFlag {
        ClockFlag(recordID: record.id, reason: reason, device: clock.device, offBy: offBy, flaggedAt: clock.serverNow)
    }
}
