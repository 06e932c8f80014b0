import Testing
import HTTPKit
import TestSupport

/// The server on a real socket (port 0): connection handling and framing on the wire.
struct LiveServerTests {
    @Test func live_KeepAlive_TwoRequestsOnOneConnection() throws {
        try TestServer.with { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = try client.readResponse()
            try client.send("POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody")
            let second = try client.readResponse()
            #expect(first.text == "GET /one 0")
            #expect(!first.closesConnection)
            #expect(second.text == "POST /two 4")
            #expect(first.headers["Server"] == "fieldkit")
            #expect(first.headers["Date"]?.hasSuffix(" GMT") == true)
            #expect(first.headers["Content-Length"] == "10")
        }
    }

    @Test func live_Pipelining_AnswersInOrder() throws {
        try TestServer.with { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
            let texts = try (0..<3).map { _ in try client.readResponse().text }
            #expect(texts == ["GET /a 0", "GET /b 0", "POST /c 2"])
            #expect(client.isClosedByServer())
        }
    }

    @Test func live_ExpectContinue_Sends100BeforeBody() throws {
        try TestServer.with { _, port in
            let client = try TestClient(port: port)
            try client.send("PUT /doc HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            try client.send("hello")
            let final = try client.readResponse()
            #expect(final.status == 200)
            #expect(final.text == "PUT /doc 5")
        }
    }

    @Test func live_ExpectContinueTooLarge_Gets413Directly() throws {
        try TestServer.with(TestServer.configuration { $0.maxBodyBytes = 1000 }) { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1001\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 413)
            #expect(response.closesConnection)
        }
    }

    @Test func live_ChunkedBody_IsDecoded() throws {
        try TestServer.with(handler: { .text(.ok, $0.bodyText) }) { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfiel")
            try client.send("d\r\n6;ext=1\r\n-notes\r\n0\r\nX-Trailer: t\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.text == "field-notes")
        }
    }

    @Test func live_Head_HasLengthButNoBody() throws {
        try TestServer.with(handler: Router().adding("GET", "/n", { _ in .text(.ok, "twelve bytes") }).handler) { _, port in
            let client = try TestClient(port: port)
            try client.send("HEAD /n HTTP/1.1\r\nHost: x\r\n\r\n")
            let head = try client.readResponse(toHEAD: true)
            #expect(head.headers["Content-Length"] == "12")
            #expect(head.body.isEmpty)
            // Had a body been sent, it would be read here as the next response's status line.
            try client.send("GET /n HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().text == "twelve bytes")
        }
    }

    @Test func live_MalformedRequest_Gets400JSONAndClose() throws {
        try TestServer.with { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 400)
            #expect(response.errorCode == "bad_request")
            #expect(response.closesConnection)
            #expect(client.isClosedByServer())
        }
    }

    @Test func live_HTTP10_ClosesUnlessKeepAlive() throws {
        try TestServer.with { _, port in
            let plain = try TestClient(port: port)
            try plain.send("GET /a HTTP/1.0\r\n\r\n")
            #expect(try plain.readResponse().closesConnection)
            #expect(plain.isClosedByServer())

            let kept = try TestClient(port: port)
            try kept.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().headers["Connection"] == "keep-alive")
            try kept.send("GET /b HTTP/1.0\r\n\r\n")
            #expect(try kept.readResponse().text == "GET /b 0")
        }
    }

    @Test func live_MaxRequestsPerConnection_ClosesAfterLast() throws {
        try TestServer.with(TestServer.configuration { $0.maxRequestsPerConnection = 2 }) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try !client.readResponse().closesConnection)
            try client.send("GET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try client.readResponse().closesConnection)
            #expect(client.isClosedByServer())
        }
    }

    @Test func live_HandlerError_Is500WithoutItsText() throws {
        struct Leaky: Error { let text = "secret-token-123" }
        let log = LogRecorder()
        try TestServer.with(handler: { _ in throw Leaky() }, log: log.sink) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 500)
            #expect(response.errorCode == "internal_error")
            #expect(!response.text.contains("secret"))
        }
        #expect(!log.all.joined().contains("secret"))
    }

    @Test func live_AccessLog_HasPathButNoQueryHeadersOrBody() throws {
        let log = LogRecorder()
        try TestServer.with(log: log.sink) { server, port in
            let client = try TestClient(port: port)
            try client.send("POST /v1/notes?token=abc123 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cr3t\r\n"
                + "Content-Length: 9\r\nConnection: close\r\n\r\nprivate!!")
            _ = try client.readResponse()
            #expect(client.isClosedByServer())
            server.stop()
        }
        let lines = log.all
        #expect(lines.contains { $0.hasPrefix("POST /v1/notes 200 ") && $0.hasSuffix("ms") })
        let all = lines.joined(separator: "\n")
        #expect(!all.contains("abc123"))
        #expect(!all.contains("s3cr3t"))
        #expect(!all.contains("private"))
    }

    @Test(arguments: ["::1", "localhost", "0.0.0.0"])
    func live_OtherHosts_ServeRequests(host: String) throws {
        let configuration = TestServer.configuration { $0.host = host }
        try TestServer.with(configuration) { _, port in
            let client = try TestClient(port: port, host: host == "0.0.0.0" ? "127.0.0.1" : host)
            try client.send("GET /h HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.text == "GET /h 0")
        }
    }
}
