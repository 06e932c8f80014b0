import HashKit
import Testing

struct SecureRandomTests {
    @Test(arguments: [0, 1, 7, 8, 9, 32, 1000])
    func bytes_RequestedCount_HasThatLength(count: Int) {
        #expect(SecureRandom.bytes(count).count == count)
    }

    @Test func bytes_TwoDrawsOf32_Differ() {
        // Equal draws happen with probability 2^-256, so a failure means the source is broken.
        #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
    }

    @Test func bytes_LargeDraw_IsNotConstant() {
        // Catches a generator that fills with zeros or one repeated byte.
        #expect(Set(SecureRandom.bytes(256)).count > 1)
    }
}
