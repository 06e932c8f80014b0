/// Colours for chart series: ten that stay apart for most colour-blind readers (Tableau 10),
/// repeated in order when there are more series; the legend and each bar's title name them anyway.
enum ChartPalette {
    static let colours = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    static func colour(_ index: Int) -> String {
        colours[index % colours.count]
    }

    /// A list naming each series next to its colour.
    static func legend(_ names: [String], label: String) -> HTML {
        let items = names.enumerated().map { index, name -> HTML in
            "<li>\(SVG.swatch(colour(index)))\(name)</li>"
        }
        return "<ul class=\"legend\" aria-label=\"\(label)\">\(items)</ul>"
    }
}
