import FieldCore
import Testing

/// Strings (RFC 8259 §7, §8): escapes, surrogate pairs, control characters.
struct ParserStringTests {
    @Test(arguments: [
        (#""café de Zon""#, "café de Zon"),
        (#""caf\u00e9 de Zon""#, "café de Zon"),
        (#""caf\u00E9""#, "café"),
        (#""😀""#, "😀"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud83d\ude00""#, "😀"),
        (#""x\uD83D\uDE00y""#, "x😀y"),
        (#""\u20AC""#, "€"),
        (#""\u0041\u0000\u007f""#, "A\u{0}\u{7F}"),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""a\nb😀c\\""#, "a\nb😀c\\"),
        (#""""#, ""),
        ("\"\u{7F}\"", "\u{7F}"),
        (#""\uDBFF\uDFFF""#, "\u{10FFFF}"),
    ])
    func parse_String_DecodesToExpectedText(json: String, expected: String) {
        #expect(parsed(json) == .string(expected))
    }

    @Test func parse_EscapedNul_IsKeptInString() throws {
        let value = try JSONParser.parse(#""a\u0000b""#)
        #expect(value.stringValue?.unicodeScalars.map(\.value) == [0x61, 0, 0x62])
    }

    @Test func parse_EscapeInKey_DecodesKey() {
        #expect(parsed(#"{"a\nb":1,"\u00e9":2}"#) == .object(["a\nb": .integer(1), "é": .integer(2)]))
    }

    @Test(arguments: [
        Rejection(#""\x""#, .invalidEscape, at: 1),
        Rejection(#""\'""#, .invalidEscape, at: 1),
        Rejection(#""\U0041""#, .invalidEscape, at: 1),
        Rejection(#""\u12G4""#, .invalidEscape, at: 1),
        Rejection(#""\u12""#, .invalidEscape, at: 1),
        Rejection(#""ab\ "#, .invalidEscape, at: 3),
        Rejection(#""\"#, .unexpectedEnd, at: 2),
        Rejection(#""\""#, .unexpectedEnd, at: 3),
        Rejection(#""\u12"#, .unexpectedEnd, at: 5),
        Rejection(#""abc"#, .unexpectedEnd, at: 4),
        Rejection(#""a\n"#, .unexpectedEnd, at: 4),
    ])
    func parse_BadEscapeOrUnterminated_IsRejected(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test(arguments: [
        Rejection(#""\uD800""#, .loneSurrogate, at: 1),
        Rejection(#""\uDC00""#, .loneSurrogate, at: 1),
        Rejection(#""ab\uDFFF""#, .loneSurrogate, at: 3),
        Rejection(#""\uD800\u0041""#, .loneSurrogate, at: 1),
        Rejection(#""\uD800\n""#, .loneSurrogate, at: 1),
        Rejection(#""\uD800x""#, .loneSurrogate, at: 1),
        Rejection(#""\uDE00\uD83D""#, .loneSurrogate, at: 1),
        Rejection(#""\uD83D\uD83D\uDE00""#, .loneSurrogate, at: 1),
        Rejection(#""\uD800\uZZZZ""#, .invalidEscape, at: 7),
        Rejection(#""\uD800"#, .unexpectedEnd, at: 7),
    ])
    func parse_UnpairedSurrogateEscape_IsLoneSurrogate(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test(arguments: 0..<0x20)
    func parse_RawControlCharacterInString_IsRejected(code: Int) {
        let bytes: [UInt8] = [0x22, 0x61, UInt8(code), 0x22]
        #expect(parseError(bytes) == JSONParseError(offset: 2, reason: .controlCharacterInString))
    }

    @Test func parse_RawControlCharacterAfterEscape_IsRejected() {
        #expect(parseError(Array("\"\\n\t\"".utf8)) == JSONParseError(offset: 3, reason: .controlCharacterInString))
    }

    /// Strings are scanned eight bytes at a time; a special byte must be found at every position of a word.
    @Test(arguments: 0..<24)
    func parse_SpecialByteAtAnyPosition_IsFound(position: Int) throws {
        let plain = Array("abcdefghijklmnopqrstuvwx".utf8)
        func json(_ middle: [UInt8]) -> [UInt8] {
            [0x22] + plain[..<position] + middle + plain[position...] + [0x22]
        }
        let expected = { (middle: String) in
            String(decoding: plain[..<position], as: UTF8.self) + middle + String(decoding: plain[position...], as: UTF8.self)
        }
        #expect(try JSONParser.parse(json([0x5C, 0x22])) == .string(expected("\"")))
        #expect(try JSONParser.parse(json([0x5C, 0x5C])) == .string(expected("\\")))
        #expect(try JSONParser.parse(json([0xC3, 0xA9])) == .string(expected("é")))
        #expect(try JSONParser.parse(json([0x7F])) == .string(expected("\u{7F}")))
        #expect(parseError(json([0x1F])) == JSONParseError(offset: 1 + position, reason: .controlCharacterInString))
        #expect(parseError(json([0xFF])) == JSONParseError(offset: 1 + position, reason: .invalidUTF8))
        #expect(parseError(json([0x22])) == JSONParseError(offset: 2 + position, reason: .trailingData))
    }
}
