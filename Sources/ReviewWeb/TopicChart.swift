import FieldStore

/// Topics per neighbourhood as small multiples: one small horizontal bar chart per neighbourhood,
/// all on one scale so their bars compare.
struct TopicChart {
    static let topicsPerPlace = 12
    let cells: [ReviewReport.TopicCell]
    let labels: Labels

    private let labelWidth = 128.0, barArea = 150.0, countWidth = 30.0, rowHeight = 22.0, barHeight = 14.0

    /// Neighbourhoods, busiest first, each with all its topics, busiest first.
    var groups: [(place: String, topics: [ReviewReport.TopicCell])] {
        let byPlace = Dictionary(grouping: cells, by: \.neighbourhood)
        let totals = byPlace.mapValues { $0.map(\.notes).reduce(0, +) }
        return byPlace.keys.sorted { totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : $0 < $1 }.map { place in
            (place, byPlace[place]!.sorted { $0.notes != $1.notes ? $0.notes > $1.notes : $0.topic < $1.topic })
        }
    }

    var html: HTML {
        let scale = ChartScale(fitting: cells.map(\.notes).max() ?? 0)
        let multiples = groups.enumerated().map { small($0.offset, $0.element.place, $0.element.topics, scale) }
        return """
        <section class="panel" aria-labelledby="topics-title"><h2 id="topics-title">\(labels.topicChartTitle)</h2>\
        <div class="charts">\(multiples)</div></section>
        """
    }

    /// One neighbourhood's chart: its busiest topics, and a line saying how many more there are.
    private func small(_ index: Int, _ place: String, _ all: [ReviewReport.TopicCell], _ scale: ChartScale) -> HTML {
        let width = labelWidth + barArea + countWidth
        let topics = all.prefix(Self.topicsPerPlace)
        let hidden = all.count - topics.count
        let more: HTML = hidden > 0
            ? SVG.text(labels.moreTopics(hidden), x: labelWidth, y: Double(topics.count) * rowHeight + 14) : .empty
        let rows = topics.enumerated().map { row, cell -> HTML in
            let y = Double(row) * rowHeight + 4
            let length = max(1, barArea * scale.fraction(cell.notes))
            let topic = labels.shown(cell.topic)
            let name = topic.count > 20 ? String(topic.prefix(19)) + "…" : topic
            return """
            \(SVG.text(name, x: labelWidth - 6, y: y + barHeight - 3, anchor: "end"))\
            \(SVG.bar(x: labelWidth, y: y, width: length, height: barHeight, fill: ChartPalette.colour(index),
                      title: labels.barTitle(labels.shown(place), labels.shown(cell.topic), cell.notes)))\
            \(SVG.text(String(cell.notes), x: labelWidth + length + 4, y: y + barHeight - 3))
            """
        }
        let height = Double(topics.count) * rowHeight + (hidden > 0 ? 22 : 8)
        let svg = SVG.chart(id: "topics-\(index)", width: width, height: height, title: labels.shown(place),
                            description: labels.topicChartDescription(labels.shown(place)), "\(rows)\(more)")
        return "<figure><figcaption>\(labels.shown(place))</figcaption>\(svg)</figure>"
    }
}
