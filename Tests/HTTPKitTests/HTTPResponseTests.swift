import Testing
@testable import HTTPKit

/// Response helpers, the JSON error body and the wire format.
struct HTTPResponseTests {
    @Test func response_Helpers_SetContentTypes() {
        #expect(HTTPResponse.json(Array("{}".utf8)).headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(HTTPResponse.html("<p>").headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(HTTPResponse.text(.created, "ok").status == .created)
    }

    @Test func error_Response_IsEscapedJSON() {
        let error = HTTPError(.conflict, code: "version_conflict", message: "Quote \" slash \\ newline \n tab \t bell \u{07}")
        let response = error.response
        #expect(response.status == .conflict)
        #expect(response.bodyText == #"{"error":{"code":"version_conflict","message":"Quote \" slash \\ newline \n tab \t bell \u0007"}}"#)
    }

    @Test func error_Headers_AreAddedToResponse() {
        let response = HTTPError.methodNotAllowed(allowed: ["GET", "HEAD"]).response
        #expect(response.headers["Allow"] == "GET, HEAD")
        #expect(response.status.code == 405)
    }

    @Test func serialization_AddsServerFields() {
        var response = HTTPResponse.text(.ok, "hello")
        response.headers.add("Content-Length", "999")
        response.headers.add("X-Note", "a\r\nInjected: yes")
        let text = String(decoding: response.serialized(headOnly: false, closing: true, date: "D").bytes, as: UTF8.self)
        #expect(text == "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nX-Note: a  Injected: yes\r\n"
            + "Date: D\r\nServer: fieldkit\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
    }

    @Test func serialization_HeadOnly_KeepsLengthDropsBody() {
        let (bytes, bodyCount) = HTTPResponse.text(.ok, "hello").serialized(headOnly: true, closing: false, date: "D")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("Content-Length: 5\r\n\r\n"))
        #expect(bodyCount == 0)
    }

    @Test func serialization_NoContent_HasNoLengthOrBody() {
        let response = HTTPResponse(status: .noContent, body: Array("ignored".utf8))
        let text = String(decoding: response.serialized(headOnly: false, closing: false, date: "D").bytes, as: UTF8.self)
        #expect(text == "HTTP/1.1 204 No Content\r\nDate: D\r\nServer: fieldkit\r\n\r\n")
    }

    @Test(arguments: [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (1_735_689_599, "Tue, 31 Dec 2024 23:59:59 GMT"),
        (-1, "Wed, 31 Dec 1969 23:59:59 GMT"),
    ])
    func date_IMFFixdate_IsFormatted(seconds: Int, expected: String) {
        #expect(HTTPDate.string(fromUnixTime: seconds) == expected)
    }
}
