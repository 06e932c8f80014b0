import Foundation

/// A moment in time as whole milliseconds since 1970-01-01T00:00:00Z.
///
/// Stored and sent as an integer so that comparisons are exact and no time zone is involved;
/// it becomes local time only when shown to a person.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let milliseconds: Int64

    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    public init(_ date: Date) {
        milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    public static func now() -> Timestamp {
        Timestamp(Date())
    }

    public var date: Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    public func adding(milliseconds delta: Int64) -> Timestamp {
        Timestamp(milliseconds: milliseconds + delta)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    /// ISO 8601 in UTC, e.g. `2026-09-05T13:12:00.000Z`.
    public var iso8601: String {
        ISO8601Format.format(self)
    }

    public var description: String { iso8601 }

    /// `2026-09-05 15:12` in this machine's time zone, for people.
    ///
    /// Shifts by the zone's offset at that instant and reuses the UTC formatter, which avoids
    /// DateFormatter (slow to build, and shared mutable state).
    public var localMinute: String {
        let offset = Int64(TimeZone.current.secondsFromGMT(for: date)) * 1000
        let local = ISO8601Format.format(adding(milliseconds: offset))
        return String(local.prefix(10)) + " " + String(local.dropFirst(11).prefix(5))
    }

    public init(from decoder: Decoder) throws {
        milliseconds = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(milliseconds)
    }
}
