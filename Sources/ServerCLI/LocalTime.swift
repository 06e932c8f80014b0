import FieldCore
import Foundation

/// Times in this machine's time zone, with the offset written out: how the audit commands show and read them.
///
/// The review commands show UTC; the audit trail is read by a privacy officer asking "what happened
/// on Tuesday afternoon", so it speaks local time, and each time carries its offset (summer time
/// changes it) so that no reading is ambiguous.
enum LocalTime {
    /// `2026-11-20 10:03:12 +01:00`
    static func format(_ timestamp: Timestamp, in zone: TimeZone = .current) -> String {
        let offsetSeconds = zone.secondsFromGMT(for: timestamp.date)
        let shifted = ISO8601Format.format(timestamp.adding(milliseconds: Int64(offsetSeconds) * 1000))
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        let offset = sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
        return String(shifted.prefix(10)) + " " + String(shifted.dropFirst(11).prefix(8)) + " " + offset
    }

    /// The start (local midnight) of the day `YYYY-MM-DD`, or of the day `dayOffset` days after it;
    /// nil when `text` is not such a day. Days are counted in the calendar, so a summer-time change is no trouble.
    static func startOfDay(_ text: String, dayOffset: Int = 0, in zone: TimeZone = .current) -> Timestamp? {
        guard text.count == 10, let utcMidnight = ISO8601Format.parse(text) else { return nil }
        let (year, month, day) = ISO8601Format.civil(fromDays: utcMidnight.milliseconds / 86_400_000 + Int64(dayOffset))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: Int(year), month: Int(month), day: Int(day))
        return calendar.date(from: components).map(Timestamp.init)
    }
}
