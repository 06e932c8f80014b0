import Testing
@testable import HTTPKit

/// Malformed requests: each broken rule is named and answered with its status.
struct HTTPRequestDecoderErrorTests {
    @Test(arguments: [
        ("GET /\r\nHost: x\r\n\r\n", HTTPParseError.requestLineMalformed),
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", .requestLineMalformed),
        ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", .requestLineMalformed),
        ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", .methodNotToken),
        ("GET http://example.com/ HTTP/1.1\r\nHost: x\r\n\r\n", .targetNotOriginForm),
        ("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", .targetNotOriginForm),
        ("GET /a\u{7F}b HTTP/1.1\r\nHost: x\r\n\r\n", .targetInvalidCharacter),
        ("GET /caf\u{E9} HTTP/1.1\r\nHost: x\r\n\r\n", .targetInvalidCharacter),
        ("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", .percentEncodingInvalid),
        ("GET /%4 HTTP/1.1\r\nHost: x\r\n\r\n", .percentEncodingInvalid),
        ("GET /%FF HTTP/1.1\r\nHost: x\r\n\r\n", .percentEncodingInvalid),
        ("GET /?q=%G0 HTTP/1.1\r\nHost: x\r\n\r\n", .percentEncodingInvalid),
        ("GET / HTTP/1\r\nHost: x\r\n\r\n", .versionMalformed),
        ("GET / http/1.1\r\nHost: x\r\n\r\n", .versionMalformed),
        ("GET / HTTP/1.1\nHost: x\r\n\r\n", .lineEndingInvalid),
        ("GET / HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n", .lineEndingInvalid),
    ])
    func parser_MalformedRequestLine_Is400(raw: String, expected: HTTPParseError) {
        let error = Decode.error(raw)
        #expect(error == expected)
        #expect(error?.status == .badRequest)
    }

    @Test(arguments: ["HTTP/2.0", "HTTP/0.9", "HTTP/1.2", "HTTP/3.0"])
    func parser_UnsupportedVersion_Is505(version: String) {
        let error = Decode.error("GET / \(version)\r\nHost: x\r\n\r\n")
        #expect(error == .versionNotSupported)
        #expect(error?.status == .httpVersionNotSupported)
    }

    @Test func parser_ObsFold_Is400() {
        let error = Decode.error("""
        GET / HTTP/1.1\r
        Host: x\r
        X-Long: first part\r
         continued\r
        \r

        """)
        #expect(error == .obsoleteLineFolding)
        #expect(error?.status == .badRequest)
    }

    @Test func parser_WhitespaceBeforeColon_Is400() {
        let error = Decode.error("GET / HTTP/1.1\r\nHost : x\r\n\r\n")
        #expect(error == .whitespaceBeforeColon)
        #expect(error?.status == .badRequest)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nX(A): b\r\n\r\n", HTTPParseError.fieldNameNotToken),
        ("GET / HTTP/1.1\r\nHost: x\r\nX\u{7F}: b\r\n\r\n", .fieldNameNotToken),
        ("GET / HTTP/1.1\r\nHost: x\r\n: b\r\n\r\n", .fieldLineMalformed),
        ("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", .fieldLineMalformed),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: b\u{0}c\r\n\r\n", .fieldValueInvalidCharacter),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: b\u{1B}c\r\n\r\n", .fieldValueInvalidCharacter),
    ])
    func parser_InvalidFieldLine_Is400(raw: String, expected: HTTPParseError) {
        let error = Decode.error(raw)
        #expect(error == expected)
        #expect(error?.status == .badRequest)
    }

    @Test func parser_HeaderSectionTooLarge_Is431() {
        let raw = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 2000))\r\n\r\n"
        let error = Decode.error(raw, Decode.decoder(maxHeaderBytes: 1024))
        #expect(error == .headerSectionTooLarge)
        #expect(error?.status == .headerFieldsTooLarge)
    }

    @Test func parser_UnterminatedHeadBeyondLimit_Is431BeforeItEnds() {
        let raw = "GET / HTTP/1.1\r\nX-Endless: \(String(repeating: "a", count: 2000))"
        #expect(Decode.error(raw, Decode.decoder(maxHeaderBytes: 1024)) == .headerSectionTooLarge)
    }

    @Test func parser_TooManyHeaderFields_Is431() {
        let fields = (1...5).map { "X-\($0): v\r\n" }.joined()
        let error = Decode.error("GET / HTTP/1.1\r\nHost: x\r\n\(fields)\r\n", Decode.decoder(maxHeaderCount: 5))
        #expect(error == .tooManyHeaderFields)
        #expect(error?.status == .headerFieldsTooLarge)
    }

    @Test func parser_MissingHostInHTTP11_Is400() {
        #expect(Decode.error("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n") == .hostMissing)
    }

    @Test func parser_RepeatedHost_Is400() {
        #expect(Decode.error("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == .hostRepeated)
    }

    @Test func parser_DuplicateContentLength_Is400() {
        let error = Decode.error("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
        #expect(error == .contentLengthConflicting)
        #expect(error?.status == .badRequest)
    }

    @Test(arguments: ["-1", "+5", "abc", "0x10", "1e3", "", "3 4", "99999999999999999999999"])
    func parser_InvalidContentLength_Is400(value: String) {
        let error = Decode.error("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(value)\r\n\r\n")
        #expect(error == .contentLengthInvalid)
        #expect(error?.status == .badRequest)
    }

    @Test func parser_ContentLengthOverLimit_Is413BeforeTheBody() {
        let error = Decode.error("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n")
        #expect(error == .contentTooLarge)
        #expect(error?.status == .payloadTooLarge)
    }

    @Test func parser_TransferEncodingAndContentLength_Is400() {
        let error = Decode.error(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        #expect(error == .transferEncodingWithContentLength)
        #expect(error?.status == .badRequest)
    }

    @Test(arguments: ["gzip", "gzip, chunked", "deflate"])
    func parser_UnsupportedTransferEncoding_Is501(coding: String) {
        let error = Decode.error("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \(coding)\r\n\r\n")
        #expect(error == .transferCodingNotImplemented)
        #expect(error?.status == .notImplemented)
    }

    @Test(arguments: ["chunked, chunked", ""])
    func parser_ChunkedNotExactlyOnceLast_Is400(coding: String) {
        #expect(Decode.error("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \(coding)\r\n\r\n") == .chunkedNotFinal)
    }

    @Test func parser_TransferEncodingInHTTP10_Is400() {
        #expect(Decode.error("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == .transferEncodingInHTTP10)
    }

    @Test(arguments: [
        ("zz\r\nabc\r\n0\r\n\r\n", HTTPParseError.chunkSizeInvalid),
        ("\r\nabc\r\n0\r\n\r\n", .chunkSizeInvalid),
        ("-3\r\nabc\r\n0\r\n\r\n", .chunkSizeInvalid),
        ("3x\r\nabc\r\n0\r\n\r\n", .chunkSizeInvalid),
        ("FFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n", .chunkSizeInvalid),
        ("3 junk\r\nabc\r\n0\r\n\r\n", .chunkExtensionInvalid),
        ("3\r\nabcX\r\n0\r\n\r\n", .chunkDataUnterminated),
        ("3\nabc\r\n0\r\n\r\n", .lineEndingInvalid),
    ])
    func parser_MalformedChunk_Is400(chunks: String, expected: HTTPParseError) {
        let error = Decode.error("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\(chunks)")
        #expect(error == expected)
        #expect(error?.status == .badRequest)
    }

    @Test func parser_ChunkedTotalOverLimit_Is413() throws {
        let chunk = "8\r\n12345678\r\n"
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\(chunk)\(chunk)0\r\n\r\n"
        #expect(try Decode.request(raw, Decode.decoder(maxBodyBytes: 16)) != nil)
        let error = Decode.error(raw, Decode.decoder(maxBodyBytes: 15))
        #expect(error == .contentTooLarge)
        #expect(error?.status == .payloadTooLarge)
    }

    @Test func parser_OtherExpectation_Is417() {
        let error = Decode.error("POST / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\na")
        #expect(error == .expectationUnsupported)
        #expect(error?.status == .expectationFailed)
    }

    @Test func parser_ExpectContinueWithTooLargeBody_Is413NotContinue() {
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 100\r\n\r\n"
        #expect(Decode.error(raw, Decode.decoder(maxBodyBytes: 99)) == .contentTooLarge)
    }

    @Test func parser_EveryError_HasAJSONBodyWithItsCode() {
        for error in HTTPParseError.allCases {
            let response = error.httpError.response
            #expect(response.status == error.status)
            #expect(response.bodyText.contains("\"code\":\"\(error.code)\""))
            #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        }
    }
}
