import Foundation
import HTTPKit
import Testing

/// Sends requests to the review router in-process the way a browser would: it keeps cookies,
/// and marks its form posts as same-origin (`Origin: null` under our no-referrer policy, as Chromium does).
final class ReviewBrowser {
    static let host = "review.test"
    let router: Router
    var cookies: [String: String] = [:]
    var language = "en"
    var forwardedHTTPS = false

    init(_ world: ReviewWorld) {
        router = world.router
    }

    @discardableResult
    func get(_ target: String) -> HTTPResponse {
        send(HTTPRequest(method: "GET", target: target, headers: headers()))
    }

    /// Posts a form; `origin` and `site` stand for what the browser would say about where it came from.
    @discardableResult
    func post(_ target: String, _ form: [(String, String)], origin: String? = "null", site: String? = "same-origin") -> HTTPResponse {
        var fields = headers()
        fields.add("Content-Type", "application/x-www-form-urlencoded")
        if let origin { fields.add("Origin", origin) }
        if let site { fields.add("Sec-Fetch-Site", site) }
        let body = form.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return send(HTTPRequest(method: "POST", target: target, headers: fields, body: Array(body.utf8)))
    }

    /// Opens the sign-in form and posts `token` with the form's own CSRF token.
    @discardableResult
    func signIn(_ token: String) -> HTTPResponse {
        let form = get("/review/signin")
        return post("/review/signin", [("token", token), ("csrf", Self.csrf(in: form) ?? "")])
    }

    /// The CSRF token of the first form on a page.
    static func csrf(in response: HTTPResponse) -> String? {
        guard let range = response.bodyText.range(of: #"name="csrf" value="([^"]*)""#, options: .regularExpression) else { return nil }
        return String(response.bodyText[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    /// The CSRF token this session's pages carry.
    var csrf: String {
        Self.csrf(in: get("/review/notes")) ?? ""
    }

    private func headers() -> HTTPHeaders {
        var fields: HTTPHeaders = ["Host": Self.host, "Accept-Language": language]
        if !cookies.isEmpty { fields.add("Cookie", cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")) }
        if forwardedHTTPS { fields.add("X-Forwarded-Proto", "https") }
        return fields
    }

    private func send(_ request: HTTPRequest) -> HTTPResponse {
        let response = router.handle(request)
        for line in response.headers.values("Set-Cookie") {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return response
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
