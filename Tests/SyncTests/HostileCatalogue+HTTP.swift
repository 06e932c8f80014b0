/// Request lines and header sections that break RFC 9112, answered by the HTTP layer before any route runs.
extension HostileCatalogue {
    static let requestLine: [HostileCase] = {
        let c = "request line"
        return [
            raw(c, "no version", "GET /v1/health\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "double space", "GET  /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "method not a token", "GE(T /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "absolute-form target", "GET http://x/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "asterisk target", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "bad percent-encoding", "GET /v1/%zz HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "HTTP/2.0", "GET /v1/health HTTP/2.0\r\nHost: x\r\n\r\n", .status(505, "http_version_not_supported")),
            raw(c, "malformed version", "GET /v1/health HTTX/1.1\r\nHost: x\r\n\r\n", .badRequest),
            raw(c, "bare LF line endings", "GET /v1/health HTTP/1.1\nHost: x\n\n", .badRequest),
            raw(c, "lowercase method", "get /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", .status(405, "method_not_allowed")),
            raw(c, "unknown path", "GET /v2/health HTTP/1.1\r\nHost: x\r\n\r\n", .status(404, "not_found")),
            bytes(c, "NUL in target", .badRequest) { Array("GET /v1/he".utf8) + [0] + Array("alth HTTP/1.1\r\nHost: x\r\n\r\n".utf8) },
            bytes(c, "non-ASCII byte in target", .badRequest) { Array("GET /v1/".utf8) + [0xFF] + Array(" HTTP/1.1\r\nHost: x\r\n\r\n".utf8) },
            bytes(c, "binary garbage", .badRequest) { [0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 13, 10, 13, 10] },
        ]
    }()

    static let headers: [HostileCase] = {
        let c = "headers"
        return [
            raw(c, "HTTP/1.1 without Host", "GET /v1/health HTTP/1.1\r\n\r\n", .badRequest),
            raw(c, "Host twice", "GET /v1/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", .badRequest),
            raw(c, "obsolete line folding", "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n", .badRequest),
            raw(c, "space before colon", "GET /v1/health HTTP/1.1\r\nHost : x\r\n\r\n", .badRequest),
            raw(c, "line without colon", "GET /v1/health HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", .badRequest),
            raw(c, "name not a token", "GET /v1/health HTTP/1.1\r\nHost: x\r\nBad@Name: 1\r\n\r\n", .badRequest),
            raw(c, "bare CR in value", "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", .badRequest),
            bytes(c, "NUL in value", .badRequest) { Array("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-A: a".utf8) + [0] + Array("b\r\n\r\n".utf8) },
            raw(c, "Expect other than 100-continue", "GET /v1/health HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n",
                .status(417, "expectation_failed")),
            bytes(c, "one 20 KiB header", .headersTooLarge) {
                Array("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 20 * 1024))\r\n\r\n".utf8)
            },
            bytes(c, "5000 headers", .headersTooLarge) {
                Array(("GET /v1/health HTTP/1.1\r\nHost: x\r\n" + (0..<5000).map { "X-\($0): 1\r\n" }.joined() + "\r\n").utf8)
            },
            bytes(c, "101 small headers (count limit, under the byte limit)", .headersTooLarge) {
                Array(("GET /v1/health HTTP/1.1\r\nHost: x\r\n" + (0..<100).map { "X-\($0): 1\r\n" }.joined() + "\r\n").utf8)
            },
        ]
    }()
}
