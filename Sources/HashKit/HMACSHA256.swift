/// HMAC with SHA-256 (RFC 2104), a keyed hash that proves the sender knew a secret key.
///
/// A plain hash can be recomputed by anyone who guesses the input; an HMAC cannot without the key.
/// Use a random key of fixed length (e.g. `SecureRandom.bytes(32)`): short keys are zero-padded,
/// so two keys that differ only by trailing zero bytes give the same codes.
public enum HMACSHA256 {
    /// The HMAC block size B, which for SHA-256 is its 64-byte block (RFC 2104 §2).
    static let blockByteCount = SHA256.blockByteCount

    /// Returns the 32-byte authentication code of `message` under `key`.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        message.withUnsafeBytes { authenticationCode(key: key, messageBytes: $0) }
    }

    /// Returns the 32-byte authentication code of the UTF-8 encoding of `message` under `key`.
    public static func authenticationCode(key: [UInt8], message: String) -> [UInt8] {
        var message = message
        return message.withUTF8 { authenticationCode(key: key, messageBytes: UnsafeRawBufferPointer($0)) }
    }

    /// Checks a received code against the one computed for `message`, in constant time.
    ///
    /// Constant time so that an attacker cannot forge a code byte by byte from response times.
    /// Only a full 32-byte code can be valid; truncated codes are rejected.
    public static func isValid(_ code: [UInt8], key: [UInt8], message: [UInt8]) -> Bool {
        ConstantTime.equals(code, authenticationCode(key: key, message: message))
    }

    /// H(K ⊕ opad, H(K ⊕ ipad, text)) from RFC 2104 §2.
    static func authenticationCode(key: [UInt8], messageBytes: UnsafeRawBufferPointer) -> [UInt8] {
        let blockKey = blockSizedKey(key)
        var inner = SHA256()
        inner.update(blockKey.map { $0 ^ 0x36 })
        inner.update(messageBytes)
        var outer = SHA256()
        outer.update(blockKey.map { $0 ^ 0x5c })
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// The key brought to exactly one block: hashed first if longer, then zero-padded (RFC 2104 §2).
    static func blockSizedKey(_ key: [UInt8]) -> [UInt8] {
        var blockKey = key.count > blockByteCount ? SHA256.hash(key) : key
        blockKey.append(contentsOf: repeatElement(0, count: blockByteCount - blockKey.count))
        return blockKey
    }
}
