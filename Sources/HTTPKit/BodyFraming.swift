/// How a request's body is delimited, decided from its header fields (RFC 9112 §6.3).
enum BodyFraming: Sendable, Equatable {
    /// No body. RFC 9112 §6.3 (7): a request without Transfer-Encoding or Content-Length has none,
    /// so POST/PUT without either reach the handler with an empty body (we do not answer 411).
    case none
    /// Exactly this many bytes follow the head.
    case length(Int)
    /// The chunked transfer coding (RFC 9112 §7.1).
    case chunked

    /// Whether body bytes are expected after the head.
    var expectsBody: Bool {
        self != .none && self != .length(0)
    }

    /// The framing of `head`, rejecting ambiguous or oversized bodies before any body byte is read.
    static func of(_ head: RequestHead, maxBodyBytes: Int) throws(HTTPParseError) -> BodyFraming {
        let encodings = head.headers.values("Transfer-Encoding")
        let lengths = head.headers.values("Content-Length")
        if !encodings.isEmpty {
            // RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 means faulty framing.
            if head.isHTTP10 { throw .transferEncodingInHTTP10 }
            // RFC 9112 §6.1, §6.3 (3): both headers at once is a smuggling vector; reject.
            if !lengths.isEmpty { throw .transferEncodingWithContentLength }
            return try chunked(encodings)
        }
        if lengths.isEmpty { return .none }
        let length = try contentLength(lengths)
        // RFC 9110 §15.5.14: refuse before reading, so a huge upload costs nothing.
        guard length <= maxBodyBytes else { throw .contentTooLarge }
        return .length(length)
    }

    /// Transfer-Encoding must be exactly "chunked" (RFC 9112 §6.1, §7).
    private static func chunked(_ fields: [String]) throws(HTTPParseError) -> BodyFraming {
        let codings = fields.flatMap { $0.split(separator: ",") }.map { HTTPSyntax.trimmed($0).lowercased() }
        // RFC 9112 §6.1: codings we do not implement (gzip, deflate, ...) are answered with 501.
        if codings.contains(where: { $0 != "chunked" && !$0.isEmpty }) { throw .transferCodingNotImplemented }
        // RFC 9112 §6.3 (4), §7: chunked exactly once and last; an empty list is not a framing either.
        guard codings == ["chunked"] else { throw .chunkedNotFinal }
        return .chunked
    }

    /// Content-Length = 1*DIGIT (RFC 9110 §8.6); a list of identical values counts as one.
    private static func contentLength(_ fields: [String]) throws(HTTPParseError) -> Int {
        var result: Int?
        for element in fields.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let value = try decimal(HTTPSyntax.trimmed(element))
            // RFC 9112 §6.3 (5): differing values leave the length unknowable.
            if let result, result != value { throw .contentLengthConflicting }
            result = value
        }
        guard let result else { throw .contentLengthInvalid }
        return result
    }

    private static func decimal(_ text: String) throws(HTTPParseError) -> Int {
        guard !text.isEmpty else { throw .contentLengthInvalid }
        var value = 0
        for byte in text.utf8 {
            // RFC 9110 §8.6: digits only, so "-1", "+1", "0x10" and "1e3" are rejected.
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw .contentLengthInvalid }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (added, overflow2) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw .contentLengthInvalid }
            value = added
        }
        return value
    }
}
