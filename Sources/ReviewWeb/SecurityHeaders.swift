import HTTPKit

/// The headers every review page carries, whatever its status.
enum SecurityHeaders {
    /// Nothing loads but our inline style sheet (by its hash), images from here, forms posting here;
    /// no scripts at all, and no framing (clickjacking).
    static let contentSecurityPolicy = "default-src 'none'; style-src \(PageStyle.hashSource); img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func applied(to response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers.set("Content-Security-Policy", contentSecurityPolicy)
        response.headers.set("X-Content-Type-Options", "nosniff")
        response.headers.set("Referrer-Policy", "no-referrer")
        response.headers.set("Cache-Control", "no-store")
        response.headers.set("X-Frame-Options", "DENY")
        return response
    }
}
