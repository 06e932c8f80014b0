/// A response a handler returns: status, header fields and the complete body.
///
/// The server adds `Content-Length`, `Date`, `Server` and `Connection` when it writes it,
/// so handlers never have to (and cannot get them wrong).
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response; `body` must already be encoded JSON.
    public static func json(_ status: HTTPStatus = .ok, _ body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: body)
    }

    /// A 200 JSON response; `body` must already be encoded JSON.
    public static func json(_ body: [UInt8]) -> HTTPResponse {
        json(.ok, body)
    }

    /// A plain-text response.
    public static func text(_ status: HTTPStatus, _ text: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }

    /// An HTML response.
    public static func html(_ status: HTTPStatus = .ok, _ html: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(html.utf8))
    }

    /// A 200 HTML response.
    public static func html(_ html: String) -> HTTPResponse {
        Self.html(.ok, html)
    }

    /// The body as UTF-8 text, for tests and logs of our own messages.
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}
