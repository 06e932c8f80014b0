import Testing
@testable import HTTPKit

/// Well-formed requests: what the decoder extracts from raw bytes.
struct HTTPRequestDecoderTests {
    @Test func parser_SimpleGet_IsParsed() throws {
        let request = try #require(try Decode.request("""
        GET /v1/notes HTTP/1.1\r
        Host: localhost:8080\r
        Accept: application/json\r
        \r

        """))
        #expect(request.method == "GET")
        #expect(request.target == "/v1/notes")
        #expect(request.path == "/v1/notes")
        #expect(request.version == "HTTP/1.1")
        #expect(request.headers["host"] == "localhost:8080")
        #expect(request.headers["ACCEPT"] == "application/json")
        #expect(request.body.isEmpty)
    }

    @Test func parser_ContentLengthBody_IsRead() throws {
        let request = try #require(try Decode.request("""
        POST /v1/notes HTTP/1.1\r
        Host: localhost\r
        Content-Length: 13\r
        \r
        {"text":"hi"}
        """))
        #expect(request.bodyText == #"{"text":"hi"}"#)
    }

    @Test func parser_IncompleteBody_WaitsForMore() throws {
        let request = try Decode.request("""
        POST /v1/notes HTTP/1.1\r
        Host: localhost\r
        Content-Length: 20\r
        \r
        only ten b
        """)
        #expect(request == nil)
    }

    @Test func parser_PercentEncodedPath_IsDecoded() throws {
        let request = try #require(try Decode.request("""
        GET /v1/notes/caf%C3%A9%20bar%2Fbaz HTTP/1.1\r
        Host: x\r
        \r

        """))
        #expect(request.path == "/v1/notes/café bar/baz")
        #expect(request.target == "/v1/notes/caf%C3%A9%20bar%2Fbaz")
    }

    @Test func parser_Query_IsFormDecodedInOrder() throws {
        let request = try #require(try Decode.request("""
        GET /search?q=night+patrol&tag=a%26b&tag=c&empty=&flag HTTP/1.1\r
        Host: x\r
        \r

        """))
        #expect(request.path == "/search")
        #expect(request.query("q") == "night patrol")
        #expect(request.queryItems.filter { $0.name == "tag" }.map(\.value) == ["a&b", "c"])
        #expect(request.query("empty") == "")
        #expect(request.query("flag") == "")
        #expect(request.query("missing") == nil)
    }

    @Test func parser_RepeatedHeaders_KeepOrder() throws {
        let request = try #require(try Decode.request("""
        GET / HTTP/1.1\r
        Host: x\r
        X-Tag: one\r
        x-tag: two\r
        \r

        """))
        #expect(request.headers.values("X-Tag") == ["one", "two"])
    }

    @Test func parser_FieldValue_IsTrimmedOfOptionalWhitespace() throws {
        let request = try #require(try Decode.request("GET / HTTP/1.1\r\nHost: x\r\nX-A: \t spaced out \t\r\n\r\n"))
        #expect(request.headers["X-A"] == "spaced out")
    }

    @Test func parser_HTTP10WithoutHost_IsAccepted() throws {
        let request = try #require(try Decode.request("GET / HTTP/1.0\r\n\r\n"))
        #expect(request.version == "HTTP/1.0")
        #expect(!request.wantsKeepAlive)
    }

    @Test func parser_LeadingEmptyLines_AreIgnored() throws {
        let request = try #require(try Decode.request("\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(request.path == "/a")
    }

    @Test func parser_PipelinedRequests_AreReturnedInOrder() throws {
        let requests = try Decode.requests("""
        GET /one HTTP/1.1\r
        Host: x\r
        \r
        POST /two HTTP/1.1\r
        Host: x\r
        Content-Length: 3\r
        \r
        abcGET /three HTTP/1.1\r
        Host: x\r
        \r

        """)
        #expect(requests.map(\.path) == ["/one", "/two", "/three"])
        #expect(requests[1].bodyText == "abc")
    }

    @Test func parser_ByteByByte_GivesSameRequest() throws {
        let raw = "POST /v1/x?a=1 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
        let request = try #require(try Decode.requestByteByByte(raw))
        #expect(request.bodyText == "abc")
        #expect(request.query("a") == "1")
    }

    @Test func parser_ChunkedBody_IsDecoded() throws {
        let request = try #require(try Decode.request("""
        POST /upload HTTP/1.1\r
        Host: x\r
        Transfer-Encoding: chunked\r
        \r
        5\r
        hello\r
        7;name=value\r
        , world\r
        0\r
        Trailer-Field: ignored\r
        \r

        """))
        #expect(request.bodyText == "hello, world")
        #expect(request.headers["Trailer-Field"] == nil)
    }

    @Test func parser_ChunkSizeInUppercaseHex_IsDecoded() throws {
        let body = String(repeating: "z", count: 26)
        let request = try #require(try Decode.request(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n1A\r\n\(body)\r\n0\r\n\r\n"))
        #expect(request.bodyText == body)
    }

    @Test func parser_IdenticalContentLengthList_IsAccepted() throws {
        let request = try #require(try Decode.request(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok"))
        #expect(request.bodyText == "ok")
    }

    @Test func parser_PostWithoutLength_HasEmptyBody() throws {
        let request = try #require(try Decode.request("POST /v1/notes HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(request.body.isEmpty)
    }

    @Test func parser_ExpectContinue_AsksForContinueBeforeBody() throws {
        var decoder = Decode.decoder()
        var buffer = InputBuffer("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
        guard case .continueExpected = try decoder.decode(&buffer) else { Issue.record("no 100-continue"); return }
        guard case .needMoreData = try decoder.decode(&buffer) else { Issue.record("body not awaited"); return }
        buffer.append(Array("abc".utf8))
        guard case .request(let request) = try decoder.decode(&buffer) else { Issue.record("no request"); return }
        #expect(request.bodyText == "abc")
    }

    @Test func parser_ExpectContinueWithBodyAlreadySent_SkipsContinue() throws {
        var decoder = Decode.decoder()
        var buffer = InputBuffer("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc")
        guard case .request = try decoder.decode(&buffer) else { Issue.record("expected the request at once"); return }
    }

    @Test func parser_ConnectionHeader_DecidesKeepAlive() throws {
        let close = try #require(try Decode.request("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n"))
        let keep10 = try #require(try Decode.request("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"))
        let plain = try #require(try Decode.request("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
        #expect(!close.wantsKeepAlive)
        #expect(keep10.wantsKeepAlive)
        #expect(plain.wantsKeepAlive)
    }

    @Test func parser_HeaderSectionExactlyAtLimit_IsAccepted() throws {
        let prefix = "GET / HTTP/1.1\r\nHost: x\r\nX-Pad: "
        let padding = String(repeating: "a", count: 200 - prefix.utf8.count - 4)
        let raw = prefix + padding + "\r\n\r\n"
        #expect(raw.utf8.count == 200)
        #expect(try Decode.request(raw, Decode.decoder(maxHeaderBytes: 200)) != nil)
        #expect(Decode.error(raw, Decode.decoder(maxHeaderBytes: 199)) == .headerSectionTooLarge)
    }
}
