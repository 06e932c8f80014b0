import HTTPKit

/// The review pages' cookies: reading them from requests and writing `Set-Cookie` (RFC 6265 §4.1).
enum Cookie {
    /// The signed session of a signed-in coordinator.
    static let session = "fieldkit_review"
    /// A random nonce that the sign-in form's CSRF token is bound to, before there is a session.
    static let signIn = "fieldkit_signin"

    /// The value of cookie `name` in the request's `Cookie` fields, or nil.
    static func value(_ name: String, in request: HTTPRequest) -> String? {
        for field in request.headers.values("Cookie") {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingSpaces == name else { continue }
                return parts[1].trimmingSpaces
            }
        }
        return nil
    }

    /// A cookie only these pages get, that scripts cannot read and other sites cannot make the browser send.
    static func setting(_ name: String, _ value: String, maxAge: Int64, secure: Bool) -> String {
        "\(name)=\(value); Path=\(ReviewPath.root); Max-Age=\(maxAge); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// Tells the browser to drop cookie `name` now.
    static func clearing(_ name: String, secure: Bool) -> String {
        setting(name, "", maxAge: 0, secure: secure)
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
