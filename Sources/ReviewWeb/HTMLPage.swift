import HTTPKit

/// The frame every review page shares: the document head with the style sheet, the top bar with
/// navigation and sign-out (when signed in), and the page's own content.
struct HTMLPage {
    /// Which part of the navigation the page belongs to.
    enum Section {
        case notes, followUps, report, none
    }

    let title: String
    let language: Language
    /// The signed-in coordinator, or nil on the sign-in and early error pages.
    let viewer: ReviewContext?
    var section: Section = .none
    let content: HTML

    func response(_ status: HTTPStatus = .ok) -> HTTPResponse {
        .html(status, document.markup)
    }

    var document: HTML {
        let labels = language.labels
        return """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · \(labels.appName)</title>
        <style>\(PageStyle.sheet)</style>
        </head>
        <body>
        <header class="top"><span class="brand">\(labels.appName)</span>\(topBar(labels))</header>
        <main>
        <h1>\(title)</h1>
        \(content)
        </main>
        </body>
        </html>
        """
    }

    private func topBar(_ labels: Labels) -> HTML {
        guard let viewer else { return .empty }
        return """
        <nav aria-label="\(labels.appName)">\(link(ReviewPath.notes, labels.navNotes, .notes))\
        \(link(ReviewPath.followUps, labels.navFollowUps, .followUps))\(link(ReviewPath.report, labels.navReport, .report))</nav>
        <form class="who" method="post" action="\(ReviewPath.signOut)"><span>\(labels.signedInAs(viewer.coordinator.officer))</span>\
        \(viewer.csrfField)<button type="submit">\(labels.signOut)</button></form>
        """
    }

    private func link(_ path: String, _ text: String, _ target: Section) -> HTML {
        "<a href=\"\(path)\"\(target == section ? " aria-current=\"page\"" as HTML : .empty)>\(text)</a>"
    }
}
