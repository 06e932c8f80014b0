import HashKit
import Testing
import TestSupport

struct HexTests {
    /// RFC 4648 §10, base16 (encoded lower-case here).
    static let vectors: [(String, String)] = [
        ("", ""), ("f", "66"), ("fo", "666f"), ("foo", "666f6f"),
        ("foob", "666f6f62"), ("fooba", "666f6f6261"), ("foobar", "666f6f626172"),
    ]

    @Test func encode_RFC4648Vectors_AreLowerCaseBase16() {
        for (plain, encoded) in Self.vectors {
            #expect(Hex.encode(Array(plain.utf8)) == encoded)
        }
        #expect(Hex.encode([0x00, 0x0f, 0xab, 0xff]) == "000fabff")
    }

    @Test func decode_RFC4648Vectors_GiveOriginalBytes() {
        for (plain, encoded) in Self.vectors {
            #expect(Hex.decode(encoded) == Array(plain.utf8))
        }
    }

    @Test func decode_UpperCase_IsAccepted() {
        #expect(Hex.decode("000FABff") == [0x00, 0x0f, 0xab, 0xff])
    }

    @Test func decode_RandomBytes_RoundTrips() {
        var generator = SeededGenerator.make()
        for length in 0...100 {
            let bytes = generator.bytes(length)
            #expect(Hex.decode(Hex.encode(bytes)) == bytes, "length \(length)")
        }
    }

    @Test func decode_OddLength_IsRejected() {
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("0") == nil)
    }

    /// Each has an even length, so only the bad character can cause the rejection.
    @Test(arguments: ["0g", "zz", "ab c", " abc", "abc\n", "0x12", "é", "+1"])
    func decode_NonHexCharacters_IsRejected(text: String) {
        #expect(Hex.decode(text) == nil)
    }
}
