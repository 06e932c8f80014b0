import FieldCore
import SQLiteKit

/// The laptop's clock against the server's, as measured at the last sync.
extension LocalStore {
    /// Saves the offset measured at a sync, replacing the previous one.
    public func recordClockOffset(_ offset: ClockOffset) throws {
        try write {
            try MetaTable.set(MetaTable.clockOffset, String(offset.milliseconds), in: connection)
            try MetaTable.set(MetaTable.clockMeasuredAt, String(offset.measuredAt.milliseconds), in: connection)
        }
    }

    /// The offset measured at the last sync; nil before the first.
    public func clockOffset() throws -> ClockOffset? {
        try read { try storedClockOffset() }
    }

    /// The stored offset, for callers already reading.
    func storedClockOffset() throws -> ClockOffset? {
        guard let offset = try MetaTable.value(MetaTable.clockOffset, in: connection).flatMap({ Int64($0) }),
              let measured = try MetaTable.value(MetaTable.clockMeasuredAt, in: connection).flatMap({ Int64($0) }) else { return nil }
        return ClockOffset(milliseconds: offset, measuredAt: Timestamp(milliseconds: measured))
    }
}
