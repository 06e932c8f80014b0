/// One parsed request: request line, header fields and the complete body.
///
/// Bodies are read whole (bounded by `ServerConfiguration.maxBodyBytes`) because sync batches are small
/// and handlers are simpler without streaming.
public struct HTTPRequest: Sendable {
    /// The method token, case-sensitive as sent (RFC 9110 §9.1), e.g. "GET".
    public var method: String
    /// The raw request-target in origin-form, e.g. "/v1/notes?since=12".
    public var target: String
    /// The percent-decoded path without the query, e.g. "/v1/notes/a b".
    public var path: String
    /// The query's name/value pairs in order, form-decoded ('+' is a space).
    public var queryItems: [(name: String, value: String)]
    /// "HTTP/1.1" or "HTTP/1.0".
    public var version: String
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The peer's numeric address, e.g. "127.0.0.1"; empty for requests built in tests.
    public var remoteAddress: String
    /// Values of the route's `:name` segments, filled in by `Router`.
    public var pathParameters: [String: String]

    /// Makes a request from a target; path and query are derived from it (leniently: a bad escape stays as sent).
    public init(
        method: String = "GET", target: String = "/", version: String = "HTTP/1.1",
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], remoteAddress: String = "",
        pathParameters: [String: String] = [:]
    ) {
        let parts = try? RequestTarget.parse(target)
        self.init(method: method, target: target,
                  path: parts?.path ?? RequestTarget.rawPath(of: target),
                  queryItems: parts?.queryItems ?? [], version: version, headers: headers, body: body,
                  remoteAddress: remoteAddress, pathParameters: pathParameters)
    }

    init(
        method: String, target: String, path: String, queryItems: [(name: String, value: String)],
        version: String, headers: HTTPHeaders, body: [UInt8], remoteAddress: String,
        pathParameters: [String: String] = [:]
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.queryItems = queryItems
        self.version = version
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.pathParameters = pathParameters
    }

    /// The first value of query parameter `name`, or nil.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// The body as UTF-8 text (invalid sequences replaced).
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}
