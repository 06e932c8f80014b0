import FieldCore
import HashKit

/// Writes and checks the session cookie's value: `v1.<token row>.<expiry ms>.<nonce>.<HMAC>`.
///
/// The HMAC-SHA256 over everything before it makes the value unforgeable without the server's
/// key; the check compares codes in constant time and refuses an expired session.
enum SessionCodec {
    static let version = "v1"

    /// A new session for token row `tokenID`, valid from `now` for `ReviewSession.lifetimeSeconds`.
    static func issue(tokenID: Int64, now: Timestamp) -> ReviewSession {
        ReviewSession(tokenID: tokenID, expiresAt: now.adding(milliseconds: ReviewSession.lifetimeSeconds * 1000),
                      nonce: Base64URL.encode(SecureRandom.bytes(16)))
    }

    static func encode(_ session: ReviewSession, secret: ReviewSecret) -> String {
        let payload = "\(version).\(session.tokenID).\(session.expiresAt.milliseconds).\(session.nonce)"
        return payload + "." + Base64URL.encode(secret.code("session", payload))
    }

    /// The session `value` names, or nil when it is malformed, signed with another key, altered or expired.
    static func decode(_ value: String, secret: ReviewSecret, now: Timestamp) -> ReviewSession? {
        guard let split = value.lastIndex(of: ".") else { return nil }
        let payload = String(value[..<split]), code = String(value[value.index(after: split)...])
        guard secret.verifies(code, "session", payload) else { return nil }
        let parts = payload.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == version, let tokenID = Int64(parts[1]), let expiry = Int64(parts[2]) else {
            return nil
        }
        let session = ReviewSession(tokenID: tokenID, expiresAt: Timestamp(milliseconds: expiry), nonce: String(parts[3]))
        return session.isExpired(at: now) ? nil : session
    }
}
