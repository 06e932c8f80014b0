import FieldCore
import Foundation

/// Times and dates as the review pages show and read them.
///
/// Moments (when a note was recorded or merged) show in the server's local time zone, like the
/// officers' CLI. Dates typed into forms (filters, due dates) are days in UTC, as
/// `ISO8601Format.parse` and the command line read them, so a date round-trips unchanged.
enum WebTime {
    /// `2026-09-05 15:12`, local time.
    static func moment(_ timestamp: Timestamp) -> String {
        timestamp.localMinute
    }

    /// `2026-09-05`: the UTC day, as a date input shows it.
    static func day(_ timestamp: Timestamp) -> String {
        String(ISO8601Format.format(timestamp).prefix(10))
    }

    /// The start (00:00 UTC) of the day `YYYY-MM-DD`, or nil for anything else.
    static func parseDay(_ text: String) -> Timestamp? {
        text.utf8.count == 10 ? ISO8601Format.parse(text) : nil
    }

    static let dayMilliseconds: Int64 = 86_400_000
}
