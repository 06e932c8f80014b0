import FieldCore

/// A signed-in coordinator's session as its cookie carries it: the token row, an expiry and a nonce.
///
/// The token itself is never in the cookie, only the row id, which is looked up on every request
/// so that revoking the token ends the session at once.
struct ReviewSession: Sendable, Equatable {
    /// How long a sign-in lasts: a working day.
    static let lifetimeSeconds: Int64 = 8 * 60 * 60

    let tokenID: Int64
    let expiresAt: Timestamp
    /// Random, so that two sign-ins of one token have different cookies and CSRF tokens.
    let nonce: String

    func isExpired(at now: Timestamp) -> Bool {
        now >= expiresAt
    }
}
