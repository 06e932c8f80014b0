import ArgumentKit
import FieldCore
import FieldStore

/// The retention policy and its runs in words, for `retention set`, `show` and `run`.
enum RetentionText {
    static let day: Int64 = 86_400_000

    /// `30 days (30d)`, `2 years (2y)`, `36 hours (36h)`: the largest whole unit, and how to type it.
    static func period(_ milliseconds: Int64) -> String {
        let units: [(Int64, String, String)] = [(365 * day, "year", "y"), (7 * day, "week", "w"), (day, "day", "d"), (3_600_000, "hour", "h")]
        let (size, name, letter) = units.first { milliseconds % $0.0 == 0 } ?? (3_600_000, "hour", "h")
        let count = milliseconds / size
        return "\(count) \(name)\(count == 1 ? "" : "s") (\(count)\(letter))"
    }

    /// The two policy lines: what is kept how long.
    static func policy(_ policy: RetentionPolicy) -> [String] {
        [
            "Contact details: " + (policy.contact.map { "erased \(period($0)) after a note was recorded" } ?? "kept (no contact retention)"),
            "Notes:           " + (policy.notes.map { "erased whole \(period($0)) after they were recorded" } ?? "kept (no note retention)"),
        ]
    }

    /// When the next run happens: the time the running server announced, else what its schedule promises.
    static func nextRun(_ next: Timestamp?, now: Timestamp = .now()) -> String {
        guard let next, next > now else { return "within the hour while 'fieldkit-server serve' runs, else when it starts" }
        return "\(UTCTime.labelled(next)) by the running server"
    }

    /// Parses `--contact` or `--notes`: a period such as `30d`, `6w`, `36h`, `2y`, or `off`.
    static func parsePeriod(_ text: String, option: String) throws -> Int64? {
        if text.lowercased() == "off" { return nil }
        // Zero would erase every note at once, and more than 1000 years is a typing mistake.
        guard let period = AgePeriod(parsing: text), period.milliseconds > 0,
              period.milliseconds <= 1000 * AgePeriod.Unit.years.milliseconds else {
            throw CommandError.usage("--\(option) takes a period such as 30d, 6w, 36h or 2y (h, d, w, y = 365 days), "
                + "more than zero and at most 1000y, or off; got '\(text)'")
        }
        return period.milliseconds
    }
}
