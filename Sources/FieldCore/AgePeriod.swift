import Foundation

/// A length of time typed by a person: a whole number and a unit, such as `14d`, `2w`, `36h` or `2y`.
///
/// Units: `h` hours, `d` days, `w` weeks, `y` years of 365 days (retention periods are counted
/// in whole days, and a leap day more or less does not matter for them). Upper or lower case.
/// Zero, negative, fractional and unit-less values are refused, as is anything beyond 1000 years.
public struct AgePeriod: Hashable, Sendable {
    /// The length in milliseconds.
    public let milliseconds: Int64

    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last, let hours = Self.hours(per: unit),
              let count = Int64(trimmed.dropLast()), count > 0, count <= 1000 * 365 * 24 / hours else { return nil }
        milliseconds = count * hours * 3_600_000
    }

    private static func hours(per unit: Character) -> Int64? {
        switch unit {
        case "h": return 1
        case "d": return 24
        case "w": return 7 * 24
        case "y": return 365 * 24
        default: return nil
        }
    }
}
