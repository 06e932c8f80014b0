/// A request the parser rejected, named after the rule it broke.
///
/// Each case cites the RFC section it enforces; `status` is the answer the server sends
/// before closing the connection (after a parse error the framing can no longer be trusted).
public enum HTTPParseError: Error, Sendable, Equatable, CaseIterable {
    /// RFC 9112 §2.2: lines end in CRLF; a bare CR or bare LF in the head is rejected.
    case lineEndingInvalid
    /// RFC 9112 §3: request-line = method SP request-target SP HTTP-version.
    case requestLineMalformed
    /// RFC 9110 §9.1: method = token.
    case methodNotToken
    /// RFC 9112 §3.2.1: a server's request-target is origin-form, absolute-path [ "?" query ].
    case targetNotOriginForm
    /// RFC 9112 §3.2 and RFC 3986 §2: the request-target holds visible ASCII only.
    case targetInvalidCharacter
    /// RFC 3986 §2.1: pct-encoded = "%" HEXDIG HEXDIG, and the decoded path and query must be UTF-8.
    case percentEncodingInvalid
    /// RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT.
    case versionMalformed
    /// RFC 9110 §15.6.6: only HTTP/1.0 and HTTP/1.1 are served.
    case versionNotSupported
    /// RFC 9112 §5.2: a server rejects obs-fold (a field line starting with SP or HTAB) with 400.
    case obsoleteLineFolding
    /// RFC 9112 §5.1: no whitespace is allowed between the field name and the colon; reject with 400.
    case whitespaceBeforeColon
    /// RFC 9112 §5: field-line = field-name ":" OWS field-value OWS.
    case fieldLineMalformed
    /// RFC 9110 §5.1: field-name = token.
    case fieldNameNotToken
    /// RFC 9110 §5.5: a field value holds no CR, LF, NUL or other control character but HTAB.
    case fieldValueInvalidCharacter
    /// RFC 6585 §5: the header section is larger than `maxHeaderBytes`.
    case headerSectionTooLarge
    /// RFC 6585 §5: the header section has more than `maxHeaderCount` field lines.
    case tooManyHeaderFields
    /// RFC 9112 §3.2: an HTTP/1.1 request must carry a Host field.
    case hostMissing
    /// RFC 9112 §3.2: a request must not carry more than one Host field line.
    case hostRepeated
    /// RFC 9110 §8.6: Content-Length = 1*DIGIT, within the range of Int.
    case contentLengthInvalid
    /// RFC 9112 §6.3 (5): Content-Length values that differ make the length unknowable.
    case contentLengthConflicting
    /// RFC 9112 §6.1 and §6.3 (3): a request with both Transfer-Encoding and Content-Length is rejected.
    case transferEncodingWithContentLength
    /// RFC 9112 §6.1: Transfer-Encoding in an HTTP/1.0 request means the framing is faulty.
    case transferEncodingInHTTP10
    /// RFC 9112 §6.3 (4) and §7: chunked must be the final coding and applied only once.
    case chunkedNotFinal
    /// RFC 9112 §6.1: a transfer coding the server does not understand is answered with 501.
    case transferCodingNotImplemented
    /// RFC 9110 §15.5.14: the content is larger than `maxBodyBytes`.
    case contentTooLarge
    /// RFC 9112 §7.1: chunk-size = 1*HEXDIG, within the range of Int.
    case chunkSizeInvalid
    /// RFC 9112 §7.1.1: chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ).
    case chunkExtensionInvalid
    /// RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; the CRLF after the data is missing.
    case chunkDataUnterminated
    /// RFC 9110 §10.1.1: the only expectation supported is 100-continue; others are answered with 417.
    case expectationUnsupported
}
