import FieldCore
import Testing

/// UTF-8 in strings must be well-formed (RFC 8259 §8.1; RFC 3629 §4; Unicode Table 3-7).
struct ParserUTF8Tests {
    @Test(arguments: [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF],
        [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3, 0x41], [0xE2, 0x41, 0xAC], [0xF0, 0x9F, 0x41, 0x80],
    ] as [[UInt8]])
    func parse_MalformedUTF8InString_IsInvalidUTF8(sequence: [UInt8]) {
        let bytes: [UInt8] = [0x22] + sequence + [0x22]
        #expect(parseError(bytes) == JSONParseError(offset: 1, reason: .invalidUTF8))
    }

    @Test func parse_SequenceCutByEndOfInput_IsInvalidUTF8() {
        #expect(parseError([0x22, 0x61, 0xE2, 0x82]) == JSONParseError(offset: 2, reason: .invalidUTF8))
    }

    @Test func parse_MalformedUTF8InKeyAfterEscape_IsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"\n"#.utf8) + [0xC0, 0xAF] + Array(#"":1}"#.utf8)
        #expect(parseError(bytes) == JSONParseError(offset: 4, reason: .invalidUTF8))
    }

    @Test(arguments: [
        ([0xC2, 0x80], "\u{80}"), ([0xDF, 0xBF], "\u{7FF}"), ([0xE0, 0xA0, 0x80], "\u{800}"),
        ([0xED, 0x9F, 0xBF], "\u{D7FF}"), ([0xEE, 0x80, 0x80], "\u{E000}"), ([0xEF, 0xBF, 0xBF], "\u{FFFF}"),
        ([0xF0, 0x90, 0x80, 0x80], "\u{10000}"), ([0xF4, 0x8F, 0xBF, 0xBF], "\u{10FFFF}"),
    ] as [([UInt8], String)])
    func parse_BoundaryScalarsInUTF8_AreAccepted(sequence: [UInt8], expected: String) throws {
        #expect(try JSONParser.parse([0x22] + sequence + [0x22]) == .string(expected))
    }

    @Test func parse_NonASCIIOutsideString_IsUnexpectedByte() {
        #expect(parseError([0x5B, 0xC3, 0xA9, 0x5D]) == JSONParseError(offset: 1, reason: .unexpectedByte))
    }
}
