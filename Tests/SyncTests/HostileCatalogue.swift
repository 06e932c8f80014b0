/// The hostile requests, by category; each category lives in its own extension.
enum HostileCatalogue {
    static let categories = [
        "request line", "headers", "content-length", "transfer-encoding", "body limit", "slow client", "pipelining",
        "push authentication", "push JSON syntax", "push numbers", "push types",
    ]

    static let all: [HostileCase] = requestLine + headers + contentLength + transferEncoding + bodyLimit
        + slowClient + pipelining + pushAuthentication + pushSyntax + pushNumbers + pushTypes

    /// A case whose request does not depend on the credentials.
    static func raw(
        _ category: String, _ name: String, _ text: String, _ answers: HostileCase.Answer..., delivery: HostileCase.Delivery = .oneWrite
    ) -> HostileCase {
        let bytes = Array(text.utf8)
        return HostileCase(name: name, category: category, request: { _ in bytes }, answers: answers, delivery: delivery)
    }

    /// A case built from bytes when it runs (for huge requests or bytes that are not UTF-8).
    static func bytes(
        _ category: String, _ name: String, _ answers: HostileCase.Answer..., build: @escaping @Sendable () -> [UInt8]
    ) -> HostileCase {
        HostileCase(name: name, category: category, request: { _ in build() }, answers: answers)
    }

    /// An authenticated POST /v1/push with `body`, framed by Content-Length, so the JSON layer is reached.
    static func push(
        _ category: String, _ name: String, _ answers: HostileCase.Answer..., body: @escaping @Sendable () -> [UInt8]
    ) -> HostileCase {
        HostileCase(name: name, category: category, request: { pushBytes($0, body: body()) }, answers: answers)
    }

    static func pushBytes(_ credentials: HostileCredentials, body: [UInt8]) -> [UInt8] {
        Array("""
            POST /v1/push HTTP/1.1\r
            Host: fieldkit\r
            Authorization: Bearer \(credentials.token)\r
            FieldKit-Device: \(credentials.device)\r
            Content-Type: application/json\r
            Content-Length: \(body.count)\r
            \r

            """.utf8) + body
    }

    static let health = "GET /v1/health HTTP/1.1\r\nHost: fieldkit\r\n\r\n"
}
