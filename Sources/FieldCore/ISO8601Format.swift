/// Formats and parses ISO 8601 timestamps without Foundation's formatters.
///
/// ISO8601DateFormatter is slow on Linux and locale-sensitive; these few lines of calendar
/// arithmetic (days from civil date, after Howard Hinnant's algorithm) are exact and fast.
public enum ISO8601Format {
    /// `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC.
    public static func format(_ timestamp: Timestamp) -> String {
        let ms = timestamp.milliseconds
        let days = floorDivide(ms, 86_400_000)
        let msOfDay = ms - days * 86_400_000
        let (year, month, day) = civil(fromDays: days)
        let seconds = msOfDay / 1000
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
            + "." + pad(msOfDay % 1000, 3) + "Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`; also a bare date `YYYY-MM-DD` as midnight UTC.
    public static func parse(_ text: String) -> Timestamp? {
        var scanner = DigitScanner(text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        let dayStart = days(fromYear: year, month: month, day: day) * 86_400_000
        if scanner.atEnd { return Timestamp(milliseconds: dayStart) }
        guard scanner.skip("T") || scanner.skip(" "), let timeOfDay = parseTime(&scanner),
              let offset = parseOffset(&scanner), scanner.atEnd else { return nil }
        return Timestamp(milliseconds: dayStart + timeOfDay - offset)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    public static func days(fromYear year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date for days since 1970-01-01.
    public static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func parseTime(_ scanner: inout DigitScanner) -> Int64? {
        guard let hour = scanner.number(digits: 2), scanner.skip(":"),
              let minute = scanner.number(digits: 2), hour < 24, minute < 60 else { return nil }
        var second: Int64 = 0
        var millisecond: Int64 = 0
        if scanner.skip(":") {
            guard let value = scanner.number(digits: 2), value < 60 else { return nil }
            second = value
            if scanner.skip(".") {
                guard let fraction = scanner.fractionMilliseconds() else { return nil }
                millisecond = fraction
            }
        }
        return ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
    }

    private static func parseOffset(_ scanner: inout DigitScanner) -> Int64? {
        if scanner.skip("Z") || scanner.skip("z") { return 0 }
        let sign: Int64
        if scanner.skip("+") { sign = 1 } else if scanner.skip("-") { sign = -1 } else { return nil }
        guard let hours = scanner.number(digits: 2), hours < 24 else { return nil }
        _ = scanner.skip(":")
        guard let minutes = scanner.number(digits: 2), minutes < 60 else { return nil }
        return sign * (hours * 60 + minutes) * 60_000
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
