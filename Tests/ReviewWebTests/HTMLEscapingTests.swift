@testable import ReviewWeb
import Testing

/// The one escaping function, the HTML type that applies it, and query encoding for links.
struct HTMLEscapingTests {
    @Test func escape_ReplacesTheFiveMarkupCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x" title='y'>Tom & Jerry</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;")
    }

    @Test func escape_KeepsOtherTextAsIs() {
        #expect(HTMLEscaping.escape("Café de Zon — 12:00 / ok") == "Café de Zon — 12:00 / ok")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func escape_AlreadyEscapedText_IsEscapedAgain() {
        #expect(HTMLEscaping.escape("&lt;") == "&amp;lt;")
    }

    @Test func html_InterpolatedStrings_AreEscapedAndMarkupIsNot() {
        let summary = "<script>alert(1)</script>"
        let inner: HTML = "<b>\(summary)</b>"
        let page: HTML = "<p title=\"\(summary)\">\(inner) \(3)</p>"
        #expect(page.markup == "<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;\"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b> 3</p>")
    }

    @Test func html_Numbers_HaveOneDecimalAndNoExponent() {
        let coordinates: HTML = "\(12.0) \(12.34) \(-0.26) \(1_000_000.0)"
        #expect(coordinates.markup == "12 12.3 -0.3 1000000")
    }

    @Test func queryString_PercentEncodesEverythingButUnreserved() {
        #expect(QueryString.encode("a b&c=d/é\"<") == "a%20b%26c%3Dd%2F%C3%A9%22%3C")
        #expect(QueryString.make([("q", "x y"), ("empty", ""), ("page", "2")]) == "?q=x%20y&page=2")
        #expect(QueryString.make([("q", "")]) == "")
    }

    @Test func reviewPath_EncodesIDs() {
        #expect(ReviewPath.note("a/../b") == "/review/notes/a%2F..%2Fb")
    }
}
