import HashKit
import Testing

/// The FIPS 180 example vectors and the shape of the public API.
struct SHA256Tests {
    @Test func sha256_EmptyInput_MatchesFIPSVector() {
        #expect(Hex.encode(SHA256.hash("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func sha256_ABC_MatchesFIPSVector() {
        #expect(Hex.encode(SHA256.hash("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sha256_448BitMessage_MatchesFIPSVector() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(Hex.encode(SHA256.hash(message)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func sha256_896BitMessage_MatchesFIPSVector() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(Hex.encode(SHA256.hash(message)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func sha256_OneMillionA_MatchesFIPSVector() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Hex.encode(SHA256.hash(message)) == Self.oneMillionADigest)
    }

    @Test func update_OneMillionAInOddChunks_MatchesFIPSVector() {
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 997)
        var hasher = SHA256()
        var remaining = 1_000_000
        while remaining > 0 {
            let count = min(chunk.count, remaining)
            chunk.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            remaining -= count
        }
        #expect(Hex.encode(hasher.finalize()) == Self.oneMillionADigest)
    }

    @Test func hash_NonASCIIString_EqualsHashOfUTF8Bytes() {
        let text = "Straße 7 – Nachbarschaft 🚓"
        #expect(SHA256.hash(text) == SHA256.hash(Array(text.utf8)))
        #expect(SHA256.hash(text) != SHA256.hash("Strasse 7 – Nachbarschaft 🚓"))
    }

    @Test func finalize_ThenFurtherUpdates_ContinuesUnpaddedMessage() {
        var hasher = SHA256()
        hasher.update("abc")
        let prefixDigest = hasher.finalize()
        hasher.update("def")
        #expect(prefixDigest == SHA256.hash("abc"))
        #expect(hasher.finalize() == SHA256.hash("abcdef"))
    }

    @Test func hash_AnyInput_HasDigestByteCount() {
        #expect(SHA256.digestByteCount == 32)
        #expect(SHA256.hash([]).count == SHA256.digestByteCount)
        #expect(SHA256.hash([UInt8](repeating: 7, count: 1000)).count == SHA256.digestByteCount)
    }

    static let oneMillionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
}
