import FieldCore
import FieldStore

/// Notes per week as stacked bars, one colour per neighbourhood, with axes, totals and a legend.
struct WeeklyChart {
    static let maximumWeeks = 52
    let labels: Labels
    /// Neighbourhoods, busiest first: the stacking and legend order.
    let neighbourhoods: [String]
    /// Every week from the first to the last with notes (the latest 52 at most), empty ones
    /// included so that the time axis is even.
    let weeks: [Timestamp]
    private let notes: [Timestamp: [String: Int]]

    private let top = 16.0, left = 44.0, right = 12.0, bottom = 84.0, plotHeight = 220.0
    /// The room of one week: at least 34 units, more when there are few weeks, so the chart is never tiny.
    private let slot: Double
    private let barWidth: Double

    init(cells: [ReviewReport.WeekCell], labels: Labels) {
        self.labels = labels
        let totals = Dictionary(cells.map { ($0.neighbourhood, $0.notes) }, uniquingKeysWith: +)
        neighbourhoods = totals.keys.sorted { totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : $0 < $1 }
        notes = Dictionary(grouping: cells, by: \.weekStart).mapValues { week in
            Dictionary(week.map { ($0.neighbourhood, $0.notes) }, uniquingKeysWith: +)
        }
        weeks = Self.weeks(from: cells.map(\.weekStart))
        slot = max(34, (720 - left - right) / Double(max(weeks.count, 1)))
        barWidth = min(slot * 0.65, 48)
    }

    private static func weeks(from starts: [Timestamp]) -> [Timestamp] {
        guard let first = starts.min(), let last = starts.max() else { return [] }
        let week = 7 * WebTime.dayMilliseconds
        let count = Int((last.milliseconds - first.milliseconds) / week) + 1
        return (max(0, count - maximumWeeks)..<count).map { first.adding(milliseconds: Int64($0) * week) }
    }

    var html: HTML {
        let scale = ChartScale(fitting: weeks.map(total).max() ?? 0)
        let width = left + Double(weeks.count) * slot + right
        let body: HTML = "\(axes(scale, width: width))\(weeks.enumerated().map { bars($0.offset, $0.element, scale) })"
        let svg = SVG.chart(id: "weekly", width: width, height: top + plotHeight + bottom, title: labels.weeklyChartTitle,
                            description: labels.weeklyChartDescription(weeks.count, neighbourhoods.count), body)
        return """
        <figure class="panel"><figcaption>\(labels.weeklyChartTitle)</figcaption><div class="scroll">\(svg)</div>\
        \(ChartPalette.legend(neighbourhoods.map(labels.shown), label: labels.name(of: .neighbourhood)))</figure>
        """
    }

    private func total(_ week: Timestamp) -> Int {
        notes[week]?.values.reduce(0, +) ?? 0
    }

    private func axes(_ scale: ChartScale, width: Double) -> HTML {
        let gridlines = scale.ticks.map { tick -> HTML in
            let y = top + plotHeight * (1 - scale.fraction(tick))
            return "\(SVG.line(x1: left, y1: y, x2: width - right, y2: y))\(SVG.text(String(tick), x: left - 6, y: y + 4, anchor: "end"))"
        }
        return """
        \(gridlines)\(SVG.line(x1: left, y1: top + plotHeight, x2: width - right, y2: top + plotHeight, stroke: "#5b6b7b"))\
        \(SVG.text(labels.notes, x: 12, y: top + plotHeight / 2, anchor: "middle", rotate: -90))\
        \(SVG.text(labels.weekOf, x: left, y: top + plotHeight + bottom - 6))
        """
    }

    private func bars(_ index: Int, _ week: Timestamp, _ scale: ChartScale) -> HTML {
        let x = left + Double(index) * slot + (slot - barWidth) / 2
        let day = WebTime.day(week)
        var y = top + plotHeight
        var parts: [HTML] = []
        for (position, place) in neighbourhoods.enumerated() {
            guard let count = notes[week]?[place], count > 0 else { continue }
            let height = plotHeight * scale.fraction(count)
            y -= height
            parts.append(SVG.bar(x: x, y: y, width: barWidth, height: height, fill: ChartPalette.colour(position),
                                 title: labels.barTitle("\(labels.weekOf) \(day)", labels.shown(place), count)))
        }
        let sum = total(week)
        let label: HTML = sum > 0 ? SVG.text(String(sum), x: x + barWidth / 2, y: y - 4, anchor: "middle", size: 11) : .empty
        let dayY = top + plotHeight + 12
        return "\(parts)\(label)\(SVG.text(day, x: x + barWidth / 2, y: dayY, anchor: "end", size: 11, rotate: -45))"
    }
}
