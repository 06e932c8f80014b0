import HashKit
import Testing
import TestSupport

struct Base64URLTests {
    /// RFC 4648 §10, without padding as §5 tokens are written.
    static let vectors: [(String, String)] = [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"),
        ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy"),
    ]

    @Test func encode_RFC4648Vectors_AreUnpadded() {
        for (plain, encoded) in Self.vectors {
            #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
        }
    }

    @Test func decode_RFC4648Vectors_GiveOriginalBytes() {
        for (plain, encoded) in Self.vectors {
            #expect(Base64URL.decode(encoded) == Array(plain.utf8))
        }
    }

    @Test func decode_PaddedVectors_AreAccepted() {
        #expect(Base64URL.decode("Zg==") == Array("f".utf8))
        #expect(Base64URL.decode("Zm8=") == Array("fo".utf8))
        #expect(Base64URL.decode("Zm9vYg==") == Array("foob".utf8))
    }

    @Test func encode_BytesNeedingURLAlphabet_UsesDashAndUnderscore() {
        // 0xfb 0xff encodes to "+/8" in standard base64.
        #expect(Base64URL.encode([0xfb, 0xff]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xfb, 0xff])
    }

    @Test func decode_RandomBytes_RoundTrips() {
        var generator = SeededGenerator.make()
        for length in 0...100 {
            let bytes = generator.bytes(length)
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes, "length \(length)")
        }
    }

    /// Each has a decodable length, so only the bad character can cause the rejection.
    @Test(arguments: ["Zm9!", "Zm9v!A", "Zm9v+w", "Zm9/", "Zm 9", "Zm9\n", "Zé", "Zm=v"])
    func decode_CharacterOutsideAlphabet_IsRejected(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test(arguments: ["Z", "Zm9vY", "Zm9v!", "Zg=", "Zg===", "Zm9v=", "Z=g=", "====", "="])
    func decode_ImpossibleLengthOrMisplacedPadding_IsRejected(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test func decode_NonZeroTrailingBits_IsRejected() {
        // "Zh" and "Zm9" carry bits past the last byte; only "Zg" and "Zm8" are canonical.
        #expect(Base64URL.decode("Zh") == nil)
        #expect(Base64URL.decode("Zm9") == nil)
    }
}
