import HashKit
import Testing
import TestSupport

/// Streaming in arbitrary pieces must give the one-shot digest, and both must match `sha256sum`.
struct SHA256StreamingTests {
    @Test func update_EveryLengthUpTo200SplitRandomly_EqualsOneShot() {
        var generator = SeededGenerator.make()
        for length in 0...200 {
            let message = generator.bytes(length)
            let expected = SHA256.hash(message)
            for _ in 0..<4 {
                #expect(Self.streamedDigest(of: message, using: &generator) == expected, "length \(length)")
            }
        }
    }

    @Test func hash_RandomInputs_MatchesSha256sum() throws {
        var generator = SeededGenerator.make()
        for length in Self.oracleLengths(using: &generator) {
            let message = generator.bytes(length)
            let expected = try ReferenceSHA256.hexDigest(of: message)
            #expect(Hex.encode(SHA256.hash(message)) == expected, "one-shot, length \(length)")
            #expect(Hex.encode(Self.streamedDigest(of: message, using: &generator)) == expected, "streamed, length \(length)")
        }
    }

    /// 50 lengths: every padding edge (55/56 bytes left, 63/64 full) for one and two blocks, then random ones.
    static func oracleLengths(using generator: inout SeededGenerator) -> [Int] {
        let edges = [0, 1, 54, 55, 56, 57, 63, 64, 65, 118, 119, 120, 121, 127, 128, 129, 200]
        let random = (edges.count..<50).map { _ in Int.random(in: 0...5_000, using: &generator) }
        return edges + random
    }

    /// Feeds `message` in random pieces (empty ones included), alternating the array and raw-buffer overloads.
    static func streamedDigest(of message: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var hasher = SHA256()
        var start = 0
        var useArray = Bool.random(using: &generator)
        while start < message.count {
            let end = Int.random(in: start...message.count, using: &generator)
            if useArray {
                hasher.update(Array(message[start..<end]))
            } else {
                message.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
            }
            useArray.toggle()
            start = end
        }
        return hasher.finalize()
    }
}
