/// Escape sequences (RFC 8259 §7), decoded into `scratch` as UTF-8.
extension JSONScanner {
    /// Decodes the escape whose backslash is at `index`.
    mutating func decodeEscape() throws(JSONParseError) {
        let escapeOffset = index
        guard index + 1 < bytes.count else { throw failure(.unexpectedEnd, at: bytes.count) }
        let decoded: UInt8
        switch bytes[index + 1] {
        case JSONByte.quote, JSONByte.backslash, JSONByte.slash: decoded = bytes[index + 1]
        case JSONByte.lowercaseB: decoded = JSONByte.backspace
        case JSONByte.lowercaseF: decoded = JSONByte.formFeed
        case JSONByte.lowercaseN: decoded = JSONByte.lineFeed
        case JSONByte.lowercaseR: decoded = JSONByte.carriageReturn
        case JSONByte.lowercaseT: decoded = JSONByte.tab
        case JSONByte.lowercaseU:
            try decodeUnicodeEscape()
            return
        default:
            throw failure(.invalidEscape, at: escapeOffset)
        }
        scratch.append(decoded)
        index += 2
    }

    /// Decodes `\uXXXX`, or a `\uD8xx\uDCxx` surrogate pair, as one Unicode scalar (RFC 8259 §7).
    private mutating func decodeUnicodeEscape() throws(JSONParseError) {
        let escapeOffset = index
        let unit = try scanHexEscape()
        switch unit {
        case 0xD800...0xDBFF:
            let low = try scanLowSurrogate(afterHighAt: escapeOffset)
            let high = UInt32(unit - 0xD800) << 10
            appendUTF8(0x10000 + high + UInt32(low - 0xDC00))
        case 0xDC00...0xDFFF:
            throw failure(.loneSurrogate, at: escapeOffset)
        default:
            appendUTF8(UInt32(unit))
        }
    }

    /// Reads the `\uDCxx` that must follow a high surrogate; anything else makes it a lone one.
    private mutating func scanLowSurrogate(afterHighAt highOffset: Int) throws(JSONParseError) -> UInt16 {
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        guard bytes[index] == JSONByte.backslash else { throw failure(.loneSurrogate, at: highOffset) }
        guard index + 1 < bytes.count else { throw failure(.unexpectedEnd, at: bytes.count) }
        guard bytes[index + 1] == JSONByte.lowercaseU else { throw failure(.loneSurrogate, at: highOffset) }
        let low = try scanHexEscape()
        guard (0xDC00...0xDFFF).contains(low) else { throw failure(.loneSurrogate, at: highOffset) }
        return low
    }

    /// Reads the four hex digits (either case) of the `\u` escape at `index`.
    private mutating func scanHexEscape() throws(JSONParseError) -> UInt16 {
        var unit: UInt16 = 0
        for position in (index + 2)..<(index + 6) {
            guard position < bytes.count else { throw failure(.unexpectedEnd, at: bytes.count) }
            guard let digit = JSONByte.hexValue(bytes[position]) else { throw failure(.invalidEscape) }
            unit = unit << 4 | digit
        }
        index += 6
        return unit
    }

    /// Appends a scalar value (never a surrogate, at most U+10FFFF) as UTF-8 (RFC 3629 §3).
    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(0xC0 | UInt8(scalar >> 6))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        case ..<0x1_0000:
            scratch.append(0xE0 | UInt8(scalar >> 12))
            scratch.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        default:
            scratch.append(0xF0 | UInt8(scalar >> 18))
            scratch.append(0x80 | UInt8(scalar >> 12 & 0x3F))
            scratch.append(0x80 | UInt8(scalar >> 6 & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        }
    }
}
