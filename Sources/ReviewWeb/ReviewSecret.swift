import FieldStore
import HashKit
import SyncService

/// The server's key for signing review sessions and CSRF tokens: 32 random bytes.
///
/// Kept in the central store's meta table, made on first use, so sessions survive a restart and
/// every server process on one store agrees. It is never logged or shown.
public struct ReviewSecret: Sendable {
    static let metaName = "review_session_key"
    let key: [UInt8]

    /// A secret from given bytes, for tests; at least 32 bytes.
    public init(key: [UInt8]) {
        precondition(key.count >= 32, "a review secret needs at least 32 bytes")
        self.key = key
    }

    /// The store's secret, creating it on first use.
    public static func stored(in gate: StoreGate) throws -> ReviewSecret {
        let text = try gate.withStore { try $0.secret(named: metaName) { Hex.encode(SecureRandom.bytes(32)) } }
        guard let key = Hex.decode(text), key.count >= 32 else { throw ReviewSecretError() }
        return ReviewSecret(key: key)
    }

    /// The HMAC-SHA256 of `message` under this key, in `purpose`'s own domain so that a code made
    /// for one purpose (a session) is never valid for another (a CSRF token).
    func code(_ purpose: String, _ message: String) -> [UInt8] {
        HMACSHA256.authenticationCode(key: key, message: "fieldkit-review/\(purpose)|\(message)")
    }

    /// Whether `candidate` is the base64url code of `message` for `purpose`, compared in constant time.
    func verifies(_ candidate: String, _ purpose: String, _ message: String) -> Bool {
        guard let bytes = Base64URL.decode(candidate) else { return false }
        return ConstantTime.equals(bytes, code(purpose, message))
    }
}

/// The stored review key is not 32 bytes of hex: the store was edited by hand.
struct ReviewSecretError: Error, CustomStringConvertible {
    var description: String { "the review session key in the server store is damaged; delete its meta row to make a new one" }
}
