/// The digits of one JSON number as scanned, kept so that common numbers convert without text.
///
/// Sync traffic is mostly short integers and short decimals. Their significand fits in 64 bits and
/// converts exactly with integer arithmetic or one floating-point operation; anything longer falls
/// back to the standard library's correctly rounded text conversion.
struct JSONDecimal {
    /// 19 decimal digits always fit in 64 bits (10^19 < 2^64).
    static let maximumDigits = 19
    /// Beyond this an exponent no longer matters for the fast path; larger ones are not tracked.
    static let maximumExponent = 100_000
    /// Powers of ten that are exact in a `Double` (10^22 < 2^53 · 2^22).
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The significant digits read so far, leading zeros skipped.
    private(set) var significand: UInt64 = 0
    private(set) var significantDigits = 0
    /// The power of ten that multiplies `significand`.
    private(set) var exponent = 0
    /// Whether digits or exponent were dropped, so only the text holds the exact number.
    private(set) var isApproximate = false

    mutating func appendDigit(_ digit: UInt8, isFraction: Bool) {
        guard significantDigits < Self.maximumDigits else {
            isApproximate = true
            return
        }
        significand = significand &* 10 &+ UInt64(digit)
        if significand != 0 { significantDigits += 1 }
        if isFraction { exponent -= 1 }
    }

    /// Adds the number's explicit `e` exponent, already limited to `maximumExponent` by the caller.
    mutating func addExponent(_ explicit: Int, wasLimited: Bool) {
        exponent += explicit
        if wasLimited { isApproximate = true }
    }

    /// The value of an integer literal, or `nil` when it does not fit in `Int64`.
    func integerValue(isNegative: Bool) -> Int64? {
        guard !isApproximate else { return nil }
        if isNegative {
            // Int64.min has a magnitude one greater than Int64.max.
            guard significand <= Int64.min.magnitude else { return nil }
            return Int64(bitPattern: 0 &- significand)
        }
        guard significand <= UInt64(Int64.max) else { return nil }
        return Int64(significand)
    }

    /// The exact magnitude when Clinger's fast path applies, else `nil`.
    ///
    /// With the significand at most 2^53 and the power of ten at most 10^22 both operands are exact
    /// doubles, so a single IEEE multiplication or division gives the correctly rounded result.
    func fastMagnitude() -> Double? {
        guard !isApproximate else { return nil }
        if significand == 0 { return 0 }
        guard significand <= 1 << 53, (-22...22).contains(exponent) else { return nil }
        let value = Double(significand)
        if exponent < 0 { return value / Self.exactPowersOfTen[-exponent] }
        return value * Self.exactPowersOfTen[exponent]
    }
}
