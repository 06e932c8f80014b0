import HashKit
import Testing

/// RFC 4231 §4 test cases 1–7, and code verification.
struct HMACSHA256Tests {
    @Test func authenticationCode_RFC4231Case1_MatchesVector() {
        let code = HMACSHA256.authenticationCode(key: [UInt8](repeating: 0x0b, count: 20), message: "Hi There")
        #expect(Hex.encode(code) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func authenticationCode_RFC4231Case2ShortKey_MatchesVector() {
        let code = HMACSHA256.authenticationCode(key: Array("Jefe".utf8), message: "what do ya want for nothing?")
        #expect(Hex.encode(code) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func authenticationCode_RFC4231Case3_MatchesVector() {
        let code = HMACSHA256.authenticationCode(
            key: [UInt8](repeating: 0xaa, count: 20), message: [UInt8](repeating: 0xdd, count: 50))
        #expect(Hex.encode(code) == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    @Test func authenticationCode_RFC4231Case4_MatchesVector() {
        let code = HMACSHA256.authenticationCode(key: Array(0x01...0x19), message: [UInt8](repeating: 0xcd, count: 50))
        #expect(Hex.encode(code) == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    @Test func authenticationCode_RFC4231Case5_First128BitsMatchVector() {
        let code = HMACSHA256.authenticationCode(key: [UInt8](repeating: 0x0c, count: 20), message: "Test With Truncation")
        #expect(Hex.encode(Array(code.prefix(16))) == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func authenticationCode_RFC4231Case6KeyLongerThanBlock_MatchesVector() {
        let message = "Test Using Larger Than Block-Size Key - Hash Key First"
        let code = HMACSHA256.authenticationCode(key: Self.longKey, message: message)
        #expect(Hex.encode(code) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func authenticationCode_RFC4231Case7LongKeyAndMessage_MatchesVector() {
        let message = "This is a test using a larger than block-size key and a larger than block-size data."
            + " The key needs to be hashed before being used by the HMAC algorithm."
        let code = HMACSHA256.authenticationCode(key: Self.longKey, message: message)
        #expect(Hex.encode(code) == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }

    @Test func authenticationCode_KeyOfExactlyOneBlock_IsUsedUnhashed() {
        // Expected values from Python's hmac module; 64 bytes is the last length used as is.
        let code = HMACSHA256.authenticationCode(key: Array(0..<64), message: "block-sized key")
        #expect(Hex.encode(code) == "c778b31e07b7ed445b7518ca555e0479e655ab70c89afbd255a28579056fbd0c")
    }

    @Test func authenticationCode_KeyOneByteOverBlock_IsHashedFirst() {
        let code = HMACSHA256.authenticationCode(key: Array(0..<65), message: "block-sized key")
        #expect(Hex.encode(code) == "c7b1d196e9b4fdd7736591757ace44623dc454b6949d21b8bbc26edb8f5389cf")
    }

    @Test func authenticationCode_StringMessage_EqualsUTF8Bytes() {
        let key = Array("enrollment".utf8)
        let text = "Kiez-Notiz: Laterne defekt 💡"
        #expect(HMACSHA256.authenticationCode(key: key, message: text)
            == HMACSHA256.authenticationCode(key: key, message: Array(text.utf8)))
    }

    @Test func isValid_CorrectCode_IsAccepted() {
        let code = HMACSHA256.authenticationCode(key: Self.key, message: Self.message)
        #expect(HMACSHA256.isValid(code, key: Self.key, message: Self.message))
    }

    @Test func isValid_TamperedCodeMessageOrKey_IsRejected() {
        let code = HMACSHA256.authenticationCode(key: Self.key, message: Self.message)
        var flipped = code
        flipped[31] ^= 0x01
        #expect(!HMACSHA256.isValid(flipped, key: Self.key, message: Self.message))
        #expect(!HMACSHA256.isValid(code, key: Self.key, message: Self.message + [0]))
        var otherKey = Self.key
        otherKey[0] ^= 0x01
        #expect(!HMACSHA256.isValid(code, key: otherKey, message: Self.message))
    }

    @Test func authenticationCode_KeyWithTrailingZeros_EqualsShortKey() {
        // RFC 2104 zero-pads short keys, so these are one key; keys should be fixed-length random bytes.
        #expect(HMACSHA256.authenticationCode(key: Self.key + [0, 0], message: Self.message)
            == HMACSHA256.authenticationCode(key: Self.key, message: Self.message))
    }

    @Test func isValid_TruncatedCode_IsRejected() {
        let code = HMACSHA256.authenticationCode(key: Self.key, message: Self.message)
        #expect(!HMACSHA256.isValid(Array(code.prefix(16)), key: Self.key, message: Self.message))
        #expect(!HMACSHA256.isValid([], key: Self.key, message: Self.message))
    }

    /// The 131-byte key of cases 6 and 7: longer than a block, so it is hashed first.
    static let longKey = [UInt8](repeating: 0xaa, count: 131)
    static let key = Array("device-secret".utf8)
    static let message = Array("POST /sync".utf8)
}
