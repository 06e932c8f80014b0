extension Connection {
    /// Runs SQL and discards any rows.
    ///
    /// Without arguments `sql` may be a script of several `;`-separated statements, run in order
    /// until one fails. With arguments it must be a single statement.
    public func execute(_ sql: String, _ arguments: [SQLiteValue] = []) throws {
        if arguments.isEmpty {
            try executeScript(sql)
        } else {
            try prepare(sql).execute(arguments)
        }
    }

    /// Runs a single statement and returns all its rows.
    public func query(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> [Row] {
        try prepare(sql).query(arguments)
    }

    /// Runs a single statement and returns its first row, or nil when there is none.
    public func queryOne(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> Row? {
        try prepare(sql).queryOne(arguments)
    }

    /// The first column of the first row, or `.null` when there are no rows.
    public func scalar(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> SQLiteValue {
        let row = try queryOne(sql, arguments)
        guard let row, !row.values.isEmpty else { return .null }
        return row[0]
    }

    /// Runs a single statement and calls `body` for each row without collecting them.
    public func forEachRow(_ sql: String, _ arguments: [SQLiteValue] = [], _ body: (Row) throws -> Void) throws {
        try prepare(sql).forEachRow(arguments, body)
    }

    /// Compiles and runs each statement of `sql` in turn, following SQLite's tail pointer.
    private func executeScript(_ sql: String) throws {
        var text = sql
        try text.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { chars in
                guard var cursor = chars.baseAddress else { return }
                let end = cursor + chars.count
                while cursor < end {
                    let before = cursor
                    let statement = try Statement(handle: handle, cursor: &cursor, end: end, persistent: false)
                    try statement?.execute()
                    if statement == nil && cursor == before { return }
                }
            }
        }
    }
}
