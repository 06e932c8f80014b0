import HashKit

/// The hidden form field that proves a POST came from a page this server rendered.
///
/// The token is the HMAC of what it is bound to (the session cookie, or before sign-in the
/// sign-in cookie's nonce), so it needs no storage, differs per session, and a page from another
/// site cannot know it: the cookies are HttpOnly and SameSite=Strict.
enum CSRFToken {
    static let fieldName = "csrf"

    static func make(boundTo binding: String, secret: ReviewSecret) -> String {
        Base64URL.encode(secret.code("csrf", binding))
    }

    /// Whether `candidate` is the token for `binding`, compared in constant time; a missing one is not.
    static func isValid(_ candidate: String?, boundTo binding: String, secret: ReviewSecret) -> Bool {
        guard let candidate, !candidate.isEmpty else { return false }
        return secret.verifies(candidate, "csrf", binding)
    }
}
