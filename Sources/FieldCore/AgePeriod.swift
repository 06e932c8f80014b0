/// A span of time as people write and read it: `36h`, `14d`, `2w`, `2y`; "12 minutes", "3 days".
///
/// Parsing takes what a retention or purge period needs (hours, days, weeks, and years of 365
/// days: retention counts whole days, and a leap day more or less does not matter); the smaller units
/// exist for showing measured spans such as a clock's offset. Named `AgePeriod` because Swift's
/// own `Duration` is a different thing (nanosecond precision, no calendar words).
public struct AgePeriod: Hashable, Sendable, CustomStringConvertible {
    /// A unit of an age period, with its length and the suffix it is written with.
    public enum Unit: String, Sendable, CaseIterable {
        case seconds = "s"
        case minutes = "min"
        case hours = "h"
        case days = "d"
        case weeks = "w"
        case years = "y"

        public var milliseconds: Int64 {
            switch self {
            case .seconds: 1000
            case .minutes: 60_000
            case .hours: 3_600_000
            case .days: 86_400_000
            case .weeks: 604_800_000
            case .years: 31_536_000_000
            }
        }

        /// The English word for `count` of this unit: "1 day", "3 days".
        public func englishName(count: Int64) -> String {
            let singular = switch self {
            case .seconds: "second"
            case .minutes: "minute"
            case .hours: "hour"
            case .days: "day"
            case .weeks: "week"
            case .years: "year"
            }
            return count == 1 ? singular : singular + "s"
        }
    }

    /// The units `init(parsing:)` accepts; minutes and seconds are for showing measured spans only.
    public static let parsableUnits: [Unit] = [.hours, .days, .weeks, .years]
    /// The largest count `init(parsing:)` accepts: more than 270 years in weeks, and no overflow.
    public static let maximumCount: Int64 = 99_999

    public let count: Int64
    public let unit: Unit

    public init(count: Int64, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Reads `36h`, `14d`, `2w` or `2y`: a whole number from 0 to 99,999 followed by the unit, nothing else.
    /// Returns nil for anything else, such as `14`, `1.5d`, `-2w`, ` 14d` or `14 d`.
    public init?(parsing text: String) {
        guard let unit = Self.parsableUnits.first(where: { text.hasSuffix($0.rawValue) }) else { return nil }
        let digits = text.dropLast(unit.rawValue.count)
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let count = Int64(digits) else { return nil }
        self.init(count: count, unit: unit)
    }

    /// The span's length.
    public var milliseconds: Int64 { count * unit.milliseconds }

    /// The written form, as `init(parsing:)` reads it for hours, days and weeks: `14d`.
    public var description: String { "\(count)\(unit.rawValue)" }

    /// In English words: "12 minutes", "1 day".
    public var english: String { "\(count) \(unit.englishName(count: count))" }

    /// The absolute value of `milliseconds` rounded to the unit a person would use: seconds below a
    /// minute, minutes below an hour, hours below two days, days beyond.
    public static func approximately(milliseconds: Int64) -> AgePeriod {
        let magnitude = milliseconds.magnitude > UInt64(Int64.max) ? Int64.max : Int64(milliseconds.magnitude)
        let unit: Unit = switch magnitude {
        case ..<60_000: .seconds
        case ..<3_600_000: .minutes
        case ..<172_800_000: .hours
        default: .days
        }
        let rounded = magnitude / unit.milliseconds + (magnitude % unit.milliseconds >= unit.milliseconds / 2 ? 1 : 0)
        return AgePeriod(count: rounded, unit: unit)
    }
}
