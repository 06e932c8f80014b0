import FieldCore
import SQLiteKit

/// Flags on notes whose recorded time looked wrong at a push (RecordedTimeCheck), for coordinators.
extension CentralStore {
    /// Checks `records`, just pushed by `clock.device`, against the device's first enrollment and
    /// stores the flags found; returns them. A flag already stored for a note and reason is kept
    /// as first seen, so pushing the same note again does not move it.
    ///
    /// Runs after the push committed, in its own transaction: the merge never waits for it.
    @discardableResult
    public func flagRecordedTimes(_ records: [Record], clock: RecordedTimeCheck.DeviceClock) throws -> [ClockFlag] {
        try write {
            let first = try connection.cachedStatement("SELECT min(created_at) AS first FROM tokens WHERE device_id = ?")
                .query([.text(clock.device.rawValue)]).first?.int64("first")
            let enrolled = RecordedTimeCheck.DeviceClock(
                device: clock.device, serverNow: clock.serverNow, offset: clock.offset,
                enrolledAt: first.map { min(Timestamp(milliseconds: $0), clock.enrolledAt) } ?? clock.enrolledAt)
            let flags = records.flatMap { RecordedTimeCheck.flags(for: $0, clock: enrolled) }
            for flag in flags {
                try connection.cachedStatement("""
                    INSERT INTO clock_flags (record_id, reason, device, off_by_ms, flagged_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (record_id, reason) DO NOTHING
                    """).execute([.text(flag.recordID), .text(flag.reason.rawValue), .text(flag.device.rawValue),
                                  .integer(flag.offBy), .integer(flag.flaggedAt.milliseconds)])
            }
            return flags
        }
    }

    /// The flags on note `id`, in reason order; empty for a note whose time looked right.
    public func clockFlags(id: String) throws -> [ClockFlag] {
        try read {
            try connection.cachedStatement("""
                SELECT record_id, reason, device, off_by_ms, flagged_at FROM clock_flags WHERE record_id = ? ORDER BY reason
                """).query([.text(id)]).compactMap { row in
                guard let reason = ClockFlag.Reason(rawValue: row.string("reason") ?? "") else { return nil }
                return ClockFlag(
                    recordID: row.string("record_id") ?? id, reason: reason, device: DeviceID(row.string("device") ?? ""),
                    offBy: row.int64("off_by_ms") ?? 0, flaggedAt: Timestamp(milliseconds: row.int64("flagged_at") ?? 0))
            }
        }
    }
}
