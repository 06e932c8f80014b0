import FieldCore
import FieldStore
import Foundation

/// A subject access export as one self-contained, printable HTML document.
///
/// It says what was searched for, when and by whom, how notes were matched, and then each matching
/// note in full (SubjectAccessNoteSection). It loads nothing from elsewhere: the style is inline,
/// there is no script, and its Content-Security-Policy forbids any, so the file can be opened, kept
/// and printed (or saved as PDF) anywhere. Every value is escaped by `HTML`'s interpolation.
public struct SubjectAccessPage {
    public let query: SubjectQuery
    public let requestedBy: String
    public let producedAt: Timestamp
    public let matches: [SubjectMatch]
    public let language: Language

    public init(query: SubjectQuery, requestedBy: String, producedAt: Timestamp, matches: [SubjectMatch], language: Language) {
        self.query = query
        self.requestedBy = requestedBy
        self.producedAt = producedAt
        self.matches = matches
        self.language = language
    }

    /// The whole document, as text to write to a file.
    public var document: String {
        html.markup
    }

    var html: HTML {
        let words = SubjectAccessLabels.of(language)
        let none: HTML = matches.isEmpty ? "<p class=\"none\">\(words.noNotesMatch)</p>" : .empty
        return """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(words.title)</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <h1>\(words.title)</h1>
        <p>\(words.intro)</p>
        <dl class="facts">
        <dt>\(words.searchedFor)</dt><dd>\(query.text)</dd>
        <dt>\(words.requestedBy)</dt><dd>\(requestedBy)</dd>
        <dt>\(words.producedAt)</dt><dd>\(WebTime.moment(producedAt))</dd>
        <dt>\(words.notesMatching)</dt><dd>\(matches.count)</dd>
        </dl>
        <p class="muted">\(words.timesNote(zone))</p>
        <h2>\(words.howMatchedTitle)</h2>
        <ul><li>\(words.contactRules[query.contactKind] ?? "")</li><li>\(words.freeTextRule)</li></ul>
        \(none)\(matches.map { SubjectAccessNoteSection(match: $0, labels: language.labels, words: words).html })
        </body>
        </html>

        """
    }

    /// The server's offset from UTC when the export was made, e.g. `UTC+01:00`.
    private var zone: String {
        let seconds = TimeZone.current.secondsFromGMT(for: producedAt.date)
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// A literal, hence trusted: plain on screen, and on paper each note kept whole where it fits.
    static let style: HTML = """
    body{font:11pt/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2733;max-width:60rem;margin:1.5rem auto;padding:0 1rem}
    h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1rem;margin:1rem 0 .3rem}
    dl.facts{display:grid;grid-template-columns:12rem 1fr;gap:.2rem 1rem}dl.facts dt{color:#5b6b7b}dl.facts dd{margin:0;overflow-wrap:anywhere}
    table{width:100%;border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.25rem .4rem;border-bottom:1px solid #d5dde5}
    th{font-weight:600}td{white-space:pre-wrap;overflow-wrap:anywhere}ul.writes{margin:0;padding-left:1rem}
    .muted{color:#5b6b7b}.match{font-size:.8em;border:1px solid #a64b00;color:#a64b00;border-radius:999px;padding:0 .4em;margin-left:.3em}
    section.note{border-top:2px solid #1c2733;margin-top:2rem}
    @page{margin:15mm}
    @media print{body{margin:0;max-width:none}section.note{break-inside:avoid-page}h2,h3{break-after:avoid}tr{break-inside:avoid}}
    """
}
