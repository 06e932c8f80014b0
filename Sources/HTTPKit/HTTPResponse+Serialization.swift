/// Writing a response on the wire (RFC 9112 §4, §6).
extension HTTPResponse {
    /// The fields the server owns; a handler's values for them are replaced.
    private static let serverOwnedFields = ["Content-Length", "Transfer-Encoding", "Connection", "Date", "Server"]

    /// The response as bytes, plus how many body bytes were included.
    ///
    /// - `headOnly`: a response to HEAD: `Content-Length` is the handler's (if it set one and left the body empty,
    ///   as `Router` does for HEAD) or the body's size, and no body is sent (RFC 9110 §9.3.2).
    /// - `closing`: adds `Connection: close`. `keepAliveForHTTP10` adds `Connection: keep-alive`.
    /// 1xx, 204 and 304 responses carry neither body nor `Content-Length` (RFC 9110 §8.6, §6.4.1).
    func serialized(
        headOnly: Bool, closing: Bool, keepAliveForHTTP10: Bool = false, date: String = HTTPDate.now()
    ) -> (bytes: [UInt8], bodyCount: Int) {
        let declaredLength = headOnly && body.isEmpty ? headers["Content-Length"] : nil
        var head = "HTTP/1.1 \(status.code) \(Self.clean(status.reason))\r\n"
        for (name, value) in headers where !Self.serverOwnedFields.contains(where: { HTTPHeaders.sameName($0, name) }) {
            guard HTTPSyntax.isToken(name.utf8) else { continue }
            head += "\(name): \(Self.clean(value))\r\n"
        }
        head += "Date: \(date)\r\nServer: fieldkit\r\n"
        if !status.forbidsContent {
            head += "Content-Length: \(declaredLength.flatMap { Int($0) } ?? body.count)\r\n"
        }
        if closing {
            head += "Connection: close\r\n"
        } else if keepAliveForHTTP10 {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        let sendsBody = !headOnly && !status.forbidsContent
        if sendsBody { bytes.append(contentsOf: body) }
        return (bytes, sendsBody ? body.count : 0)
    }

    /// `text` with CR, LF and other controls replaced by spaces, so a handler cannot split the response.
    private static func clean(_ text: String) -> String {
        guard !text.utf8.allSatisfy(HTTPSyntax.isFieldValueByte) else { return text }
        return String(decoding: text.utf8.map { HTTPSyntax.isFieldValueByte($0) ? $0 : HTTPSyntax.space }, as: UTF8.self)
    }
}
