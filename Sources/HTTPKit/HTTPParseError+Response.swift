/// How each parse error is answered.
extension HTTPParseError {
    /// The status the server answers with.
    public var status: HTTPStatus {
        switch self {
        case .versionNotSupported: .httpVersionNotSupported
        case .headerSectionTooLarge, .tooManyHeaderFields: .headerFieldsTooLarge
        case .contentTooLarge: .payloadTooLarge
        case .transferCodingNotImplemented: .notImplemented
        case .expectationUnsupported: .expectationFailed
        default: .badRequest
        }
    }

    /// The machine-readable code in the JSON error body.
    public var code: String {
        switch status {
        case .httpVersionNotSupported: "http_version_not_supported"
        case .headerFieldsTooLarge: "header_fields_too_large"
        case .payloadTooLarge: "payload_too_large"
        case .notImplemented: "not_implemented"
        case .expectationFailed: "expectation_failed"
        default: "bad_request"
        }
    }

    /// A sentence naming the broken rule; it never quotes the request.
    public var message: String {
        switch self {
        case .lineEndingInvalid: "Lines must end with CRLF."
        case .requestLineMalformed: "The request line must be: method SP request-target SP HTTP-version."
        case .methodNotToken: "The method must be a token."
        case .targetNotOriginForm: "The request target must be an absolute path with an optional query."
        case .targetInvalidCharacter: "The request target must contain only visible ASCII characters."
        case .percentEncodingInvalid: "The request target has an invalid percent-encoding."
        case .versionMalformed: "The HTTP version must look like HTTP/1.1."
        case .versionNotSupported: "Only HTTP/1.0 and HTTP/1.1 are supported."
        case .obsoleteLineFolding: "Obsolete line folding is not allowed in header fields."
        case .whitespaceBeforeColon: "No whitespace is allowed between a field name and its colon."
        case .fieldLineMalformed: "A header field line must be: name \":\" value."
        case .fieldNameNotToken: "A header field name must be a token."
        case .fieldValueInvalidCharacter: "A header field value contains a control character."
        case .headerSectionTooLarge: "The request header section is too large."
        case .tooManyHeaderFields: "The request has too many header fields."
        case .hostMissing: "An HTTP/1.1 request must have a Host header field."
        case .hostRepeated: "A request must not have more than one Host header field."
        case .contentLengthInvalid: "Content-Length must be a non-negative decimal integer."
        case .contentLengthConflicting: "Content-Length values conflict."
        case .transferEncodingWithContentLength: "A request must not have both Transfer-Encoding and Content-Length."
        case .transferEncodingInHTTP10: "Transfer-Encoding is not allowed in an HTTP/1.0 request."
        case .chunkedNotFinal: "The chunked transfer coding must be applied once, last."
        case .transferCodingNotImplemented: "Only the chunked transfer coding is supported."
        case .contentTooLarge: "The request body is too large."
        case .chunkSizeInvalid: "A chunk size must be hexadecimal digits."
        case .chunkExtensionInvalid: "A chunk extension is malformed."
        case .chunkDataUnterminated: "Chunk data must be followed by CRLF."
        case .expectationUnsupported: "Only the 100-continue expectation is supported."
        }
    }

    /// The error as the server sends it.
    public var httpError: HTTPError {
        HTTPError(status, code: code, message: message)
    }
}
