import FieldCore
import Foundation

/// Shows stored UTC milliseconds in the officer's local time zone.
enum LocalTime {
    /// `2026-09-05 15:12`, local time.
    static func format(_ timestamp: Timestamp) -> String {
        timestamp.localMinute
    }

    /// The start of today and of tomorrow, local time, for `--today`.
    static func today(now: Date = Date()) -> (start: Timestamp, end: Timestamp) {
        let calendar = Calendar.current
        let start = calendar.startOfDay(for: now)
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400)
        return (Timestamp(start), Timestamp(end))
    }

    /// `2h 10m`, for how long a stand was open.
    static func duration(from start: Timestamp, to end: Timestamp) -> String {
        let minutes = max(0, (end.milliseconds - start.milliseconds) / 60_000)
        return minutes >= 60 ? "\(minutes / 60)h \(minutes % 60)m" : "\(minutes)m"
    }
}
