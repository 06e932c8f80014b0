/// A plain text table with left-aligned columns, for terminal listings.
public struct TextTable {
    public let headers: [String]
    private var rows: [[String]] = []
    /// Cells longer than this are cut with an ellipsis, so one long summary cannot wreck the layout.
    public var maximumCellWidth = 48

    public init(headers: [String]) {
        self.headers = headers
    }

    public mutating func add(_ row: [String]) {
        rows.append(row.map { cell in
            let flat = cell.split(whereSeparator: \.isNewline).joined(separator: " ")
            return flat.count > maximumCellWidth ? String(flat.prefix(maximumCellWidth - 1)) + "…" : flat
        })
    }

    public func render() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return ([headers] + rows).map { line($0, widths: widths) }.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        let padded = cells.enumerated().map { index, cell in
            index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
        }
        return padded.joined(separator: "  ")
    }
}
