/// Bodies framed wrongly, too large, too slow, or pipelined (RFC 9112 §6, §7, §9.3).
extension HostileCatalogue {
    static let contentLength: [HostileCase] = {
        let c = "content-length"
        let post = "POST /v1/push HTTP/1.1\r\nHost: x\r\n"
        return [
            raw(c, "negative", post + "Content-Length: -1\r\n\r\n", .badRequest),
            raw(c, "not a number", post + "Content-Length: abc\r\n\r\n", .badRequest),
            raw(c, "plus sign", post + "Content-Length: +2\r\n\r\n{}", .badRequest),
            raw(c, "hexadecimal", post + "Content-Length: 0x2\r\n\r\n{}", .badRequest),
            raw(c, "empty", post + "Content-Length: \r\n\r\n", .badRequest),
            raw(c, "beyond Int", post + "Content-Length: 99999999999999999999999\r\n\r\n", .badRequest),
            raw(c, "two different values", post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", .badRequest),
            raw(c, "a list of different values", post + "Content-Length: 2, 3\r\n\r\n{}", .badRequest),
            // RFC 9112 §6.3 (5): identical values count as one, so the request is framed and reaches the route.
            raw(c, "duplicated, identical values", post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
                .status(401, "missing_token")),
            // No framing means no body (RFC 9112 §6.3 (7)): the push is empty and its stray body the next, broken request.
            HostileCase(name: "missing, body sent anyway", category: c, request: {
                Array(String(decoding: pushBytes($0, body: []), as: UTF8.self)
                    .replacingOccurrences(of: "Content-Length: 0\r\n", with: "").utf8) + Array("{\"protocol\":1}\r\n\r\n".utf8)
            }, answers: [.invalidPush, .badRequest]),
            // Shorter than the body: the rest is read as the next request.
            raw(c, "shorter than the body", post + "Content-Length: 0\r\n\r\nGARBAGE\r\n\r\n", .status(401, "missing_token"), .badRequest),
            // Longer than the body: the server waits for the rest until the read timeout.
            raw(c, "longer than the body", post + "Content-Length: 100\r\n\r\n{}", .timeout),
        ]
    }()

    static let transferEncoding: [HostileCase] = {
        let c = "transfer-encoding"
        let post = "POST /v1/push HTTP/1.1\r\nHost: x\r\n"
        return [
            // Chunked is supported: the body is decoded and reaches the push route (which wants a token).
            raw(c, "chunked, supported", post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", .status(401, "missing_token")),
            raw(c, "gzip", post + "Transfer-Encoding: gzip\r\n\r\n", .status(501, "not_implemented")),
            raw(c, "gzip, chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", .status(501, "not_implemented")),
            raw(c, "chunked twice", post + "Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", .badRequest),
            raw(c, "with Content-Length", post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", .badRequest),
            raw(c, "in HTTP/1.0", "POST /v1/push HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", .badRequest),
            raw(c, "chunk size not hex", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", .badRequest),
            raw(c, "chunk size of 16 hex digits", post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n{}\r\n0\r\n\r\n", .badRequest),
            raw(c, "chunk data without CRLF", post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n", .badRequest),
        ]
    }()

    static let bodyLimit: [HostileCase] = {
        let c = "body limit"
        let post = "POST /v1/push HTTP/1.1\r\nHost: x\r\n"
        // Only a few body bytes follow: a server that waited for the body would answer 408, not 413.
        return [
            raw(c, "Content-Length just over 8 MiB", post + "Content-Length: \(8 * 1024 * 1024 + 1)\r\n\r\n{\"protocol\":", .tooLarge),
            raw(c, "Content-Length of 1 TiB", post + "Content-Length: 1099511627776\r\n\r\n{}", .tooLarge),
            // RFC 9110 §10.1.1: no 100 Continue for a body that will be refused; 413 comes first and alone.
            raw(c, "1 TiB with Expect: 100-continue", post + "Expect: 100-continue\r\nContent-Length: 1099511627776\r\n\r\n", .tooLarge),
            raw(c, "a 9 MiB chunk", post + "Transfer-Encoding: chunked\r\n\r\n900000\r\n{}", .tooLarge),
            HostileCase(name: "authenticated push of 9 MiB declared", category: c, request: {
                Array(String(decoding: pushBytes($0, body: []), as: UTF8.self)
                    .replacingOccurrences(of: "Content-Length: 0", with: "Content-Length: \(9 * 1024 * 1024)").utf8) + Array("{}".utf8)
            }, answers: [.tooLarge]),
        ]
    }()

    static let slowClient: [HostileCase] = {
        let c = "slow client"
        return [
            // One header byte every 20 ms: the read timeout never fires, the whole-request deadline does.
            raw(c, "head dribbled byte by byte", "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ", .timeout, delivery: .dribble),
            raw(c, "half a request line, then silence", "GET /v1/hea", .timeout),
            raw(c, "head without its empty line, then silence", "GET /v1/health HTTP/1.1\r\nHost: x\r\n", .timeout),
            raw(c, "chunked body without its last chunk", "POST /v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n",
                .timeout),
        ]
    }()

    static let pipelining: [HostileCase] = {
        let c = "pipelining"
        return [
            raw(c, "two health checks in one write", health + health, .ok, .ok),
            raw(c, "health, then garbage", health + "NOT HTTP AT ALL\r\n\r\n", .ok, .badRequest),
            raw(c, "health, push without token, oversized push", health + "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
                + "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n", .ok, .status(401, "missing_token"), .tooLarge),
        ]
    }()
}
