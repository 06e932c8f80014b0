/// The errors the server and router produce themselves, so every one has the same code and wording.
extension HTTPError {
    public static let notFound = HTTPError(.notFound, code: "not_found", message: "No resource at this path.")

    /// A 405 naming the methods the path does support (RFC 9110 §15.5.6 requires `Allow`).
    public static func methodNotAllowed(allowed: [String]) -> HTTPError {
        HTTPError(.methodNotAllowed, code: "method_not_allowed",
                  message: "This method is not allowed on this path.",
                  headers: ["Allow": allowed.joined(separator: ", ")])
    }

    /// Deliberately generic: the real error may hold personal data, so its text is never sent.
    public static let internalError = HTTPError(
        .internalServerError, code: "internal_error", message: "An internal error occurred.")

    public static let requestTimeout = HTTPError(
        .requestTimeout, code: "request_timeout", message: "The request did not arrive in time.")

    public static let serviceUnavailable = HTTPError(
        .serviceUnavailable, code: "service_unavailable", message: "The server is too busy; try again shortly.",
        headers: ["Retry-After": "1"])
}
