import ArgumentKit
import Foundation

/// What a run measured, with the sizes it used, as a table or JSON.
struct BenchReport: Encodable {
    /// Sizes and workload facts, e.g. "records": "20000".
    let sizes: [String: String]
    let figures: [Figure]

    func text() -> String {
        var table = TextTable(headers: ["figure", "value", "baseline", "ratio", "target", "met?"])
        table.maximumCellWidth = 60
        for figure in figures {
            table.add([
                figure.name,
                figure.value.map { Self.format($0, figure.unit) } ?? "not measured yet",
                figure.baseline.map { Self.format($0, figure.unit) } ?? "-",
                figure.ratio.map { String(format: "%.2f", $0) } ?? "-",
                (figure.direction == .higherIsBetter ? ">= " : "<= ") + String(format: "%.2f", figure.target),
                figure.met.map { $0 ? "yes" : "NO" } ?? "-",
            ])
        }
        let sizeLine = sizes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let notes = figures.enumerated().map { "  \($0.offset + 1). \($0.element.name): \($0.element.note)" }
        return ([sizeLine, table.render()] + ["notes:"] + notes).joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "records/s": return String(format: "%.0f records/s", value)
        case "ms": return String(format: "%.2f ms", value)
        default: return String(format: "%.3f %@", value, unit)
        }
    }
}
