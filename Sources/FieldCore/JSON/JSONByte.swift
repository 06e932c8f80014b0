/// The ASCII bytes the JSON grammar is written in (RFC 8259 §2).
///
/// A namespace rather than a `UInt8` extension, so that copying these files into a larger module
/// cannot collide with someone else's byte constants.
enum JSONByte {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let quote: UInt8 = 0x22
    static let backslash: UInt8 = 0x5C
    static let slash: UInt8 = 0x2F
    static let comma: UInt8 = 0x2C
    static let colon: UInt8 = 0x3A
    static let minus: UInt8 = 0x2D
    static let plus: UInt8 = 0x2B
    static let dot: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let lowercaseE: UInt8 = 0x65
    static let uppercaseE: UInt8 = 0x45
    static let openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let lowercaseB: UInt8 = 0x62
    static let lowercaseF: UInt8 = 0x66
    static let lowercaseN: UInt8 = 0x6E
    static let lowercaseR: UInt8 = 0x72
    static let lowercaseT: UInt8 = 0x74
    static let lowercaseU: UInt8 = 0x75
    static let backspace: UInt8 = 0x08
    static let formFeed: UInt8 = 0x0C
    /// The first byte that may appear unescaped in a string (RFC 8259 §7).
    static let firstUnescaped: UInt8 = 0x20
    /// Bytes from here on belong to multi-byte UTF-8 sequences.
    static let firstNonASCII: UInt8 = 0x80

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- zero < 10
    }

    /// JSON white space is exactly these four (RFC 8259 §2); no Unicode spaces, no BOM.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == lineFeed || byte == carriageReturn || byte == tab
    }
}

extension JSONByte {
    /// The value of one hexadecimal digit of a `\u` escape, either case; `nil` for anything else.
    static func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case 0x30...0x39: return UInt16(byte &- 0x30)
        case 0x41...0x46: return UInt16(byte &- 0x41 &+ 10)
        case 0x61...0x66: return UInt16(byte &- 0x61 &+ 10)
        default: return nil
        }
    }
}
