import Testing
@testable import BenchKit

/// The request-rate row sizes nginx's file from the exact body our server sent.
struct RawHTTPGetTests {
    @Test func parse_Response_CutsTheBodyToContentLength() throws {
        let response = try RawHTTPGet.parse(Array("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello, and more".utf8))
        #expect(response == RawHTTPGet.Response(status: 200, body: Array("hello".utf8)))
    }

    @Test func parse_ResponseWithoutLength_KeepsEverythingAfterTheHead() throws {
        let response = try RawHTTPGet.parse(Array("HTTP/1.0 404 Not Found\r\nServer: x\r\n\r\n{\"a\":1}".utf8))
        #expect(response.status == 404)
        #expect(response.body == Array("{\"a\":1}".utf8))
    }

    @Test func parse_IncompleteHead_Throws() {
        #expect(throws: RawHTTPGet.Failure.self) { try RawHTTPGet.parse(Array("HTTP/1.1 200 OK\r\nContent-".utf8)) }
        #expect(throws: RawHTTPGet.Failure.self) { try RawHTTPGet.parse(Array("SSH-2.0-OpenSSH\r\n\r\n".utf8)) }
    }
}
