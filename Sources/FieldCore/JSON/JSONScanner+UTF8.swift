/// UTF-8 validation of string contents (RFC 8259 §8.1), by the well-formed table of RFC 3629 §4.
extension JSONScanner {
    /// Advances over one multi-byte sequence whose lead byte is at `index`, or rejects it.
    ///
    /// Rejects what lenient decoders let through and what attackers use to smuggle characters past
    /// filters: overlong forms (C0, C1, E0 80–9F, F0 80–8F), UTF-16 surrogates (ED A0–BF),
    /// code points above U+10FFFF (F4 90–BF, F5–FF), stray continuation bytes and truncated sequences.
    mutating func skipUTF8Sequence() throws(JSONParseError) {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw failure(.invalidUTF8)
        }
        guard bytes.count - index >= length, secondRange.contains(bytes[index + 1]) else {
            throw failure(.invalidUTF8)
        }
        for continuation in (index + 2)..<(index + length) where bytes[continuation] & 0xC0 != 0x80 {
            throw failure(.invalidUTF8)
        }
        index += length
    }
}
