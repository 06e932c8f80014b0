/// An error that knows its HTTP status; the server answers it with one JSON error body.
///
/// The body is `{"error":{"code":"...","message":"..."}}`. `code` is a stable machine-readable
/// snake_case string; `message` is for people and must never contain personal data.
public struct HTTPError: Error, Sendable, Equatable {
    public let status: HTTPStatus
    public let code: String
    public let message: String
    /// Extra response fields, e.g. `Allow` on a 405 or `Retry-After` on a 503.
    public var headers: HTTPHeaders

    public init(_ status: HTTPStatus, code: String, message: String, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    /// The JSON error response for this error.
    public var response: HTTPResponse {
        let json = "{\"error\":{\"code\":\(JSONEscaping.quoted(code)),\"message\":\(JSONEscaping.quoted(message))}}"
        var response = HTTPResponse.json(status, Array(json.utf8))
        for (name, value) in headers {
            response.headers.add(name, value)
        }
        return response
    }
}
