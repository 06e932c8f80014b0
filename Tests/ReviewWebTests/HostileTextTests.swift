import FieldCore
import FieldStore
import Foundation
import HashKit
import HTTPKit
import Testing

/// Text that people typed never becomes markup, on any page, and every page carries the security headers.
@Suite struct HostileTextTests {
    static let hostile = ReviewWorld.hostile
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"

    /// A note whose summary, topic, neighbourhood, officer, tags and follow-up are all hostile,
    /// with a conflict, and a hostile officer enrolled; returns the pages that show it.
    static func pages() throws -> [(String, HTTPResponse)] {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla \"<b>\" Smit", role: .coordinator))
        try world.enroll(hostile, role: .officer)
        let id = try world.pushNote(officer: hostile, device: "laptop-x", values: [
            "summary": .text(hostile), "topic": .text(hostile), "neighbourhood": .text(hostile), "tags": .list([hostile]),
            "follow_up": .text(hostile), "follow_up_status": .text("open"), "follow_up_owner": .text(hostile),
            "location": .text("' onmouseover='alert(1)"),
        ])
        try world.conflict(id, field: "summary", (hostile, .text(hostile + " 1")), ("Bram", .text(hostile + " 2")))
        let paths = ["/review/notes", "/review/notes?q=script&topic=" + ReviewBrowser.encode(hostile), "/review/notes/\(id)",
                     "/review/notes/\(id)/conflicts", "/review/followups", "/review/report"]
        return paths.map { ($0, browser.get($0)) }
    }

    @Test func hostileText_AppearsOnlyEscaped_OnEveryPage() throws {
        for (path, response) in try Self.pages() {
            let body = response.bodyText
            #expect(response.status == .ok, "\(path)")
            #expect(!body.contains("<script"), "\(path) has no script element")
            #expect(!body.contains("<b>") && !body.contains("'alert") && !body.contains("onmouseover='"), "\(path)")
            #expect(body.contains(Self.escaped), "\(path) shows the text, escaped")
        }
    }

    @Test func hostileText_InTheReportsSVG_IsEscaped() throws {
        let report = try #require(try Self.pages().first { $0.0 == "/review/report" }).1.bodyText
        #expect(report.contains("<figcaption>\(Self.escaped)</figcaption>"), "the neighbourhood's small multiple")
        #expect(report.contains("\(Self.escaped), \(Self.escaped): 1 notes"), "a bar's title")
        #expect(report.contains(">&lt;script&gt;alert(1)&lt;/s…</text>"), "a bar's label, shortened before it was escaped")
    }

    @Test func hostileText_InQueryValues_IsPercentEncodedInLinksAndEscapedInTheForm() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        for index in 0..<51 { try world.pushNote(officer: "A\(index)", values: ["topic": .text("\"><script>")]) }
        let page = browser.get("/review/notes?topic=" + ReviewBrowser.encode("\"><script>")).bodyText
        #expect(page.contains("value=\"&quot;&gt;&lt;script&gt;\""))
        #expect(page.contains("href=\"/review/notes?topic=%22%3E%3Cscript%3E&amp;page=2\""))
        #expect(!page.contains("<script"))
    }

    @Test func everyPage_CarriesTheSecurityHeaders() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        var responses = [browser.get("/"), browser.get("/review/signin"), browser.get("/review/notes"), browser.signIn("bad")]
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        responses += try Self.pages().map(\.1) + [browser.get("/review/notes/nothing"), browser.post("/review/signout", [])]
        for response in responses {
            let csp = try #require(response.headers["Content-Security-Policy"])
            for directive in ["default-src 'none'", "style-src 'sha256-", "img-src 'self' data:", "form-action 'self'", "frame-ancestors 'none'"] {
                #expect(csp.contains(directive), "\(directive) for \(response.status)")
            }
            #expect(response.headers["X-Content-Type-Options"] == "nosniff")
            #expect(response.headers["Referrer-Policy"] == "no-referrer")
            #expect(response.headers["Cache-Control"] == "no-store")
        }
    }

    @Test func styleSheet_IsAllowedByItsHashAndPagesUseNoOtherStyle() throws {
        for (path, response) in try Self.pages() {
            let body = response.bodyText
            let start = try #require(body.range(of: "<style>")), end = try #require(body.range(of: "</style>"))
            let hash = Data(SHA256.hash(String(body[start.upperBound..<end.lowerBound]))).base64EncodedString()
            #expect(response.headers["Content-Security-Policy"]?.contains("style-src 'sha256-\(hash)'") == true, "\(path)")
            #expect(!body.contains(" style="), "\(path): a style attribute would be blocked by the CSP")
            #expect(body.components(separatedBy: "<style>").count == 2, "\(path): one style sheet")
        }
    }
}
