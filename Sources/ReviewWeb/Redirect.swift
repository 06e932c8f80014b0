import HTTPKit

/// 303 See Other: after a form is handled, the browser loads the next page with GET
/// (RFC 9110 §15.4.4), so a reload never posts the form again.
enum Redirect {
    static func seeOther(_ location: String, setting cookies: [String] = []) -> HTTPResponse {
        var response = HTTPResponse(status: .seeOther)
        response.headers.set("Location", location)
        for cookie in cookies {
            response.headers.add("Set-Cookie", cookie)
        }
        return response
    }
}
