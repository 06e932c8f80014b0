/// The shortest decimal digits that convert back to a given `Double`, and where the point goes.
///
/// The digits come from the standard library's `description`, which produces the shortest
/// round-tripping digits; the layout around them (point, exponent) is ours, so the canonical
/// bytes depend only on those digits and not on how `description` happens to format them.
struct JSONDoubleDigits {
    /// ASCII digits, neither starting nor ending with `0`.
    private(set) var digits: [UInt8] = []
    /// The value is `0.<digits> × 10^decimalPoint`.
    private(set) var decimalPoint = 0

    /// - Precondition: `magnitude` is finite and greater than zero.
    init(magnitude: Double) {
        digits.reserveCapacity(24)
        var integerDigits = 0
        var seenPoint = false
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        // `description` is `D+(.D+)?(e[+-]D+)?` for a positive finite value.
        for byte in magnitude.description.utf8 {
            switch byte {
            case JSONByte.zero...JSONByte.nine where inExponent:
                exponent = exponent * 10 + Int(byte &- JSONByte.zero)
            case JSONByte.zero...JSONByte.nine:
                digits.append(byte)
                if !seenPoint { integerDigits += 1 }
            case JSONByte.dot: seenPoint = true
            case JSONByte.lowercaseE, JSONByte.uppercaseE: inExponent = true
            case JSONByte.minus: exponentSign = -1
            default: break
            }
        }
        let leadingZeros = digits.prefix { $0 == JSONByte.zero }.count
        digits.removeFirst(leadingZeros)
        while digits.last == JSONByte.zero { digits.removeLast() }
        decimalPoint = integerDigits - leadingZeros + exponentSign * exponent
    }
}
