/// The few SVG elements the charts draw, every text and title escaped like all other page text.
enum SVG {
    /// An accessible chart: `role="img"`, named by its `<title>` and described by `<desc>`.
    /// Drawn at its natural size, and shrunk by the style sheet on narrower screens.
    static func chart(id: String, width: Double, height: Double, title: String, description: String, _ body: HTML) -> HTML {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" \
        aria-labelledby="\(id)-title \(id)-desc"><title id="\(id)-title">\(title)</title>\
        <desc id="\(id)-desc">\(description)</desc>\(body)</svg>
        """
    }

    /// A bar; its `<title>` says what it counts, as a tooltip and for screen readers.
    static func bar(x: Double, y: Double, width: Double, height: Double, fill: String, title: String) -> HTML {
        """
        <rect class="bar" x="\(x)" y="\(y)" width="\(width)" height="\(height)" fill="\(fill)"><title>\(title)</title></rect>
        """
    }

    static func text(_ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12,
                     rotate: Double? = nil) -> HTML {
        let turn: HTML = rotate.map { " transform=\"rotate(\($0) \(x) \(y))\"" } ?? .empty
        return """
        <text x="\(x)" y="\(y)" text-anchor="\(anchor)" font-size="\(size)" fill="#1c2733"\(turn)>\(text)</text>
        """
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#d5dde5") -> HTML {
        "<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"\(stroke)\"/>"
    }

    /// A small square of a series' colour, for legends.
    static func swatch(_ colour: String) -> HTML {
        "<svg viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"\(colour)\"/></svg>"
    }
}
