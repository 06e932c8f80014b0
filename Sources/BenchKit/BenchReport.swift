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
                figure.value.map { Self.format($0, figure.unit) } ?? "not measured",
                figure.baseline.map { Self.format($0, figure.unit) } ?? "-",
                figure.ratio.map { String(format: "%.2f", $0) } ?? "-",
                Self.target(of: figure),
                figure.met.map { $0 ? "yes" : "NO" } ?? "-",
            ])
        }
        let sizeLine = sizes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let notes = figures.enumerated().map { "  \($0.offset + 1). \($0.element.name): \($0.element.note)" }
        return ([sizeLine, table.render()] + ["notes:"] + notes).joined(separator: "\n") + "\n"
    }

    /// `>= 0.60` for a ratio, `<= 150 MB` for an absolute bound in the row's unit.
    static func target(of figure: Figure) -> String {
        let bound = figure.direction == .higherIsBetter ? ">= " : "<= "
        switch figure.targetKind {
        case .ratio: return bound + String(format: "%.2f", figure.target)
        case .absolute: return bound + String(format: "%g", figure.target) + " " + figure.unit
        }
    }

    static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "records/s", "requests/s": return String(format: "%.0f", value) + " " + unit
        case "ms": return String(format: "%.2f ms", value)
        case "MB": return String(format: "%.1f MB", value)
        default: return String(format: "%.3f", value) + " " + unit
        }
    }
}
