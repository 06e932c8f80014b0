/// Cryptographically secure random bytes, for enrollment tokens, keys and salts.
///
/// Backed by `SystemRandomNumberGenerator`, which on Linux reads `getrandom(2)` and on Apple
/// platforms `arc4random_buf`. It traps rather than return weak bytes, so callers need no error path.
public enum SecureRandom {
    /// Returns `count` random bytes.
    ///
    /// - Precondition: `count >= 0`.
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0, "SecureRandom.bytes needs a non-negative count")
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            var word = generator.next()
            for _ in 0..<min(8, count - bytes.count) {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return bytes
    }
}
