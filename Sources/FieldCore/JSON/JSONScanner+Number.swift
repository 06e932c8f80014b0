/// Numbers (RFC 8259 §6): `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
extension JSONScanner {
    /// Reads a number starting at `index`: an `.integer` when it has no fraction and no exponent.
    mutating func scanNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        let isNegative = bytes[index] == JSONByte.minus
        if isNegative { index += 1 }
        var decimal = JSONDecimal()
        try scanIntegerPart(into: &decimal)
        var isInteger = true
        if index < bytes.count && bytes[index] == JSONByte.dot {
            isInteger = false
            try scanFraction(into: &decimal)
        }
        if index < bytes.count && (bytes[index] == JSONByte.lowercaseE || bytes[index] == JSONByte.uppercaseE) {
            isInteger = false
            try scanExponent(into: &decimal)
        }
        guard isInteger else { return .number(try makeDouble(decimal, isNegative: isNegative, from: start)) }
        // Rounding a counter or timestamp into a Double would corrupt it silently, so refuse instead.
        guard let value = decimal.integerValue(isNegative: isNegative) else {
            throw failure(.numberOutOfRange, at: start)
        }
        return .integer(value)
    }

    /// `0` alone, or a non-zero digit and more digits: a leading zero is not allowed.
    private mutating func scanIntegerPart(into decimal: inout JSONDecimal) throws(JSONParseError) {
        guard index < bytes.count, JSONByte.isDigit(bytes[index]) else { throw failure(.invalidNumber) }
        guard bytes[index] == JSONByte.zero else {
            scanDigits(into: &decimal, isFraction: false)
            return
        }
        index += 1
        if index < bytes.count && JSONByte.isDigit(bytes[index]) { throw failure(.invalidNumber) }
    }

    /// `.` and at least one digit.
    private mutating func scanFraction(into decimal: inout JSONDecimal) throws(JSONParseError) {
        index += 1
        guard scanDigits(into: &decimal, isFraction: true) > 0 else { throw failure(.invalidNumber) }
    }

    /// `e` or `E`, an optional sign, and at least one digit.
    private mutating func scanExponent(into decimal: inout JSONDecimal) throws(JSONParseError) {
        index += 1
        var isNegative = false
        if index < bytes.count && (bytes[index] == JSONByte.plus || bytes[index] == JSONByte.minus) {
            isNegative = bytes[index] == JSONByte.minus
            index += 1
        }
        let first = index
        var exponent = 0
        var wasLimited = false
        while index < bytes.count && JSONByte.isDigit(bytes[index]) {
            exponent = exponent * 10 + Int(bytes[index] &- JSONByte.zero)
            if exponent > JSONDecimal.maximumExponent {
                exponent = JSONDecimal.maximumExponent
                wasLimited = true
            }
            index += 1
        }
        guard index > first else { throw failure(.invalidNumber) }
        decimal.addExponent(isNegative ? -exponent : exponent, wasLimited: wasLimited)
    }

    /// Counts the digits it consumed.
    @discardableResult
    private mutating func scanDigits(into decimal: inout JSONDecimal, isFraction: Bool) -> Int {
        let first = index
        while index < bytes.count && JSONByte.isDigit(bytes[index]) {
            decimal.appendDigit(bytes[index] &- JSONByte.zero, isFraction: isFraction)
            index += 1
        }
        return index - first
    }

    /// The number's `Double`: exact fast path when possible, else the correctly rounded text conversion.
    private func makeDouble(_ decimal: JSONDecimal, isNegative: Bool, from start: Int) throws(JSONParseError) -> Double {
        if let magnitude = decimal.fastMagnitude() {
            return isNegative ? -magnitude : magnitude
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        // Overflow gives infinity; JSON cannot carry it, and the store could not write it back.
        guard let value = Double(text), value.isFinite else { throw failure(.numberOutOfRange, at: start) }
        return value
    }
}
