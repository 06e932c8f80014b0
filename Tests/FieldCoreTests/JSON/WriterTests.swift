import FieldCore
import Testing

/// Canonical layout: no white space, keys in UTF-8 byte order, minimal escaping.
struct WriterTests {
    @Test func write_Record_GivesCanonicalText() {
        let expected = #"{"fields":{"topic":[{"at":1790000000000,"counter":1,"device":"3f2a9c0b11d24e5f","#
            + #""officer":"Sanne de Vries","value":"parking"}]},"id":"6f1d2c1e-5b7a-4c1e-9a1b-3f2e4d5c6b7a","#
            + #""kind":"note","version":{"3f2a9c0b11d24e5f":2}}"#
        #expect(JSONWriter.writeString(.makeRecord()) == expected)
    }

    @Test(arguments: [
        (JSONValue.null, "null"), (.bool(true), "true"), (.bool(false), "false"), (.array([]), "[]"),
        (.object([:]), "{}"), (.string(""), #""""#), (.array([.null, .array([.integer(1)]), .object([:])]), "[null,[1],{}]"),
    ])
    func write_Scalar_GivesLiteral(value: JSONValue, expected: String) {
        #expect(JSONWriter.writeString(value) == expected)
    }

    @Test func write_KeysDifferingByCase_SortsUppercaseFirst() {
        let value: JSONValue = .object(["b": .integer(1), "a": .integer(2), "B": .integer(3), "A": .integer(4), "aa": .null, "": .null])
        #expect(JSONWriter.writeString(value) == #"{"":null,"A":4,"B":3,"a":2,"aa":null,"b":1}"#)
    }

    @Test func write_NonASCIIKeys_SortByUTF8Bytes() {
        let keys = ["é", "z", "€", "😀", "\u{FF61}", "\u{10000}", "Z"]
        let value: JSONValue = .object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.null) }))
        // U+FF61 sorts before U+10000 by UTF-8 bytes (EF.. < F0..), although UTF-16 order is the reverse.
        let expected = #"{"Z":null,"z":null,"é":null,"€":null,"\#u{FF61}":null,"\#u{10000}":null,"😀":null}"#
        #expect(JSONWriter.writeString(value) == expected)
    }

    /// Swift's `<` on `String` compares normalized scalars: "Å" (U+212B, Ångström sign) < "Æ" (U+00C6).
    @Test func write_KeysWhoseStringOrderDiffersFromByteOrder_UseByteOrder() {
        let value: JSONValue = .object(["\u{212B}": .integer(1), "\u{C6}": .integer(2)])
        #expect("\u{212B}" < "\u{C6}")
        #expect(JSONWriter.writeString(value) == "{\"\u{C6}\":2,\"\u{212B}\":1}")
    }

    @Test func write_EveryControlCharacter_IsEscaped() {
        let short: [UInt32: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        for code in UInt32(0)..<0x20 {
            let scalar = Character(Unicode.Scalar(code)!)
            let hex = String(code, radix: 16)
            let expected = short[code] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
            #expect(JSONWriter.writeString(.string("a\(scalar)b")) == "\"a\(expected)b\"", "U+\(hex)")
        }
    }

    @Test func write_QuoteBackslashSlashAndNonASCII_AreMinimallyEscaped() {
        let value: JSONValue = .string("\"\\/\u{7F}é😀\u{2028}")
        #expect(JSONWriter.writeString(value) == "\"\\\"\\\\/\u{7F}é😀\u{2028}\"")
    }

    @Test func write_EscapedKey_IsEscapedLikeStrings() {
        #expect(JSONWriter.writeString(.object(["a\"\n": .null])) == #"{"a\"\n":null}"#)
    }

    @Test func writeInto_NonEmptyBuffer_AppendsWithoutTouchingPrefix() {
        var buffer = Array("prefix:".utf8)
        JSONWriter.write(.array([.integer(1)]), into: &buffer)
        JSONWriter.write(.bool(true), into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "prefix:[1]true")
    }

    @Test func write_EqualDictionariesBuiltInDifferentOrder_GiveEqualBytes() {
        var first: [String: JSONValue] = [:]
        var second: [String: JSONValue] = [:]
        let keys = (0..<200).map { "key\($0)" }
        for key in keys { first[key] = .string(key) }
        for key in keys.reversed() { second[key] = .string(key) }
        second.reserveCapacity(1000)
        #expect(JSONWriter.write(.object(first)) == JSONWriter.write(.object(second)))
    }
}
