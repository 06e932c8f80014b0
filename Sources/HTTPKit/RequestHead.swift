/// A request's line and header fields, parsed and validated, before its body is read.
struct RequestHead: Sendable {
    var method: String
    var target: String
    var path: String
    var queryItems: [(name: String, value: String)]
    var version: String
    var headers: HTTPHeaders

    var isHTTP10: Bool { version == "HTTP/1.0" }

    /// The request with `body`; the remote address is filled in by the connection.
    func request(body: [UInt8]) -> HTTPRequest {
        HTTPRequest(method: method, target: target, path: path, queryItems: queryItems, version: version,
                    headers: headers, body: body, remoteAddress: "")
    }
}
