import HashKit
import Testing

struct ConstantTimeTests {
    static let digest = SHA256.hash("token")

    @Test func equals_SameBytes_IsTrue() {
        #expect(ConstantTime.equals(Self.digest, Array(Self.digest)))
    }

    @Test func equals_DifferentLastByte_IsFalse() {
        var other = Self.digest
        other[other.count - 1] ^= 0x80
        #expect(!ConstantTime.equals(Self.digest, other))
    }

    @Test func equals_DifferentFirstByte_IsFalse() {
        var other = Self.digest
        other[0] ^= 0x01
        #expect(!ConstantTime.equals(Self.digest, other))
    }

    @Test func equals_DifferentLengths_IsFalse() {
        #expect(!ConstantTime.equals(Self.digest, Array(Self.digest.dropLast())))
        #expect(!ConstantTime.equals(Self.digest, Self.digest + [0]))
        #expect(!ConstantTime.equals([], Self.digest))
    }

    @Test func equals_BothEmpty_IsTrue() {
        #expect(ConstantTime.equals([], []))
    }
}
