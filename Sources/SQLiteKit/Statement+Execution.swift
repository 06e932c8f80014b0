extension Statement {
    /// Binds `arguments`, runs to completion discarding any rows, then resets.
    public func execute(_ arguments: [SQLiteValue] = []) throws {
        try bind(arguments)
        defer { finish() }
        while try step() {}
    }

    /// Binds `arguments` and returns every row, then resets.
    public func query(_ arguments: [SQLiteValue] = []) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(arguments) { rows.append($0) }
        return rows
    }

    /// Binds `arguments` and calls `body` for each row as it is produced, then resets.
    ///
    /// Rows are not collected, so large results stream; an error thrown by `body` stops the query.
    public func forEachRow(_ arguments: [SQLiteValue], _ body: (Row) throws -> Void) throws {
        try bind(arguments)
        defer { finish() }
        while try step() {
            try body(currentRow())
        }
    }

    /// Binds `arguments` and returns the first row or nil, without running further.
    public func queryOne(_ arguments: [SQLiteValue] = []) throws -> Row? {
        try bind(arguments)
        defer { finish() }
        return try step() ? currentRow() : nil
    }
}
