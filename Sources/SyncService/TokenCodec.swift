import FieldCore
import HashKit

/// Issues and reads enrollment tokens: `fk_<selector>_<secret>`.
///
/// The selector (12 hex digits) finds the row; the secret (32 random bytes, base64url) is
/// never stored, only its SHA-256, which is compared in constant time. A stolen store file
/// therefore yields no usable token.
public enum TokenCodec {
    public struct Issued: Sendable {
        public let text: String
        public let selector: String
        public let verifierHash: String
    }

    /// A new random token and what the store keeps of it.
    public static func issue() -> Issued {
        let selector = Hex.encode(SecureRandom.bytes(6))
        let secret = Base64URL.encode(SecureRandom.bytes(32))
        return Issued(text: "fk_\(selector)_\(secret)", selector: selector, verifierHash: verifierHash(secret))
    }

    /// The selector and secret of a token's text, or nil when it is not shaped like one.
    public static func parse(_ text: String) -> (selector: String, secret: String)? {
        let parts = text.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "fk", parts[1].count == 12, Hex.decode(String(parts[1])) != nil,
              (40...64).contains(parts[2].count), Base64URL.decode(String(parts[2])) != nil else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    public static func verifierHash(_ secret: String) -> String {
        Hex.encode(SHA256.hash(secret))
    }

    /// Whether `secret` hashes to `storedHash`, compared in constant time.
    public static func verify(secret: String, against storedHash: String) -> Bool {
        ConstantTime.equals(Array(verifierHash(secret).utf8), Array(storedHash.utf8))
    }
}
