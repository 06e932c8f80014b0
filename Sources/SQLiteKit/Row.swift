/// One result row: the column names and the values, copied out of SQLite.
///
/// Rows are plain values, safe to keep after the statement moves on and to send across threads.
public struct Row: Sendable {
    /// The result column names, in order (as SQLite reports them: alias, else column name).
    public let columnNames: [String]
    /// The values, in the same order as `columnNames`.
    public let values: [SQLiteValue]

    /// Makes a row; `values` should have one entry per column name.
    public init(columnNames: [String], values: [SQLiteValue]) {
        self.columnNames = columnNames
        self.values = values
    }

    /// The value at a 0-based column index; traps when out of range, like an array.
    public subscript(index: Int) -> SQLiteValue {
        values[index]
    }

    /// The value of the first column with this name (exact match first, then case-insensitive);
    /// `.null` when there is no such column.
    public subscript(name: String) -> SQLiteValue {
        guard let index = index(of: name), index < values.count else { return .null }
        return values[index]
    }

    /// The 0-based index of the named column, or nil.
    public func index(of name: String) -> Int? {
        if let exact = columnNames.firstIndex(of: name) {
            return exact
        }
        let lowered = name.lowercased()
        return columnNames.firstIndex { $0.lowercased() == lowered }
    }

    /// The named column as text, or nil.
    public func string(_ name: String) -> String? { self[name].string }
    /// The named column as an integer, or nil.
    public func int64(_ name: String) -> Int64? { self[name].int64 }
    /// The named column as an `Int`, or nil.
    public func int(_ name: String) -> Int? { self[name].int }
    /// The named column as a real (integers convert), or nil.
    public func double(_ name: String) -> Double? { self[name].double }
    /// The named column as a flag (integer non-zero), or nil.
    public func bool(_ name: String) -> Bool? { self[name].bool }
    /// The named column as bytes, or nil.
    public func bytes(_ name: String) -> [UInt8]? { self[name].bytes }
}
