/// Numbers in canonical form (see `JSONWriter` for the rules and why).
extension JSONWriter {
    /// 2^53: every integer up to here is exact in a `Double`, so it can be written as one.
    static let largestExactInteger: Double = 9_007_199_254_740_992

    /// Appends the decimal digits of `value`, with `-` when negative.
    static func appendInteger(_ value: Int64, to buffer: inout [UInt8]) {
        // 20 bytes hold "-9223372036854775808"; filled from the end, then appended in one go.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            // The magnitude, not the negation, so Int64.min needs no special case.
            var magnitude = value.magnitude
            repeat {
                start -= 1
                digits[start] = JSONByte.zero &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if value < 0 {
                start -= 1
                digits[start] = JSONByte.minus
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    static func appendDouble(_ value: Double, to buffer: inout [UInt8]) {
        guard value.isFinite else {
            appendLiteral("null", to: &buffer)
            return
        }
        if value.magnitude <= largestExactInteger && value.rounded(.towardZero) == value {
            appendInteger(Int64(value), to: &buffer)
            return
        }
        if value < 0 { buffer.append(JSONByte.minus) }
        let digits = JSONDoubleDigits(magnitude: value.magnitude)
        // From 1e-6 (0.1 × 10^-5) below 2^53 plain notation reads naturally; beyond, exponents.
        if digits.decimalPoint >= -5 && value.magnitude < largestExactInteger {
            appendPlain(digits, to: &buffer)
        } else {
            appendExponential(digits, to: &buffer)
        }
    }

    /// `0.000123` or `123.45`: only for values that are not integers, so a point always appears.
    private static func appendPlain(_ digits: JSONDoubleDigits, to buffer: inout [UInt8]) {
        let point = digits.decimalPoint
        if point <= 0 {
            buffer.append(JSONByte.zero)
            buffer.append(JSONByte.dot)
            buffer.append(contentsOf: repeatElement(JSONByte.zero, count: -point))
            buffer.append(contentsOf: digits.digits)
        } else {
            buffer.append(contentsOf: digits.digits[..<point])
            buffer.append(JSONByte.dot)
            buffer.append(contentsOf: digits.digits[point...])
        }
    }

    /// `1.5e-7` or `1e21`: one digit before the point, no `+`, no leading zeros in the exponent.
    private static func appendExponential(_ digits: JSONDoubleDigits, to buffer: inout [UInt8]) {
        buffer.append(digits.digits[0])
        if digits.digits.count > 1 {
            buffer.append(JSONByte.dot)
            buffer.append(contentsOf: digits.digits[1...])
        }
        buffer.append(JSONByte.lowercaseE)
        appendInteger(Int64(digits.decimalPoint - 1), to: &buffer)
    }
}
