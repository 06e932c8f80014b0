import FieldCore
import Foundation

/// Times as the server shows them: UTC, since coordinators may sit anywhere and the report's
/// days and weeks are UTC too.
enum UTCTime {
    /// `2026-09-05 13:12`
    static func format(_ timestamp: Timestamp) -> String {
        String(timestamp.iso8601.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// `2026-09-05 13:12 UTC`, where no column header says the zone.
    static func labelled(_ timestamp: Timestamp) -> String {
        format(timestamp) + " UTC"
    }

    /// `2026-12-01`: a follow-up's due day.
    static func day(_ timestamp: Timestamp) -> String {
        String(timestamp.iso8601.prefix(10))
    }
}
