import HTTPKit

extension HTTPRequest {
    /// A request for in-process tests, with defaults for everything.
    static func make(
        _ method: String = "GET", _ target: String = "/", headers: HTTPHeaders = ["Host": "localhost"],
        body: String = ""
    ) -> HTTPRequest {
        HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8))
    }
}
