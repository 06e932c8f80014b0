internal import CSQLite

/// One compiled SQL statement: prepared when created, finalized when released.
///
/// Tying the C statement's life to the object's means it can neither leak nor be used after finalize.
/// Not `Sendable`: use it only where its connection is used, one thread at a time.
public final class Statement {
    /// The statement's SQL text (without any bound values).
    public let sql: String
    /// Keeps the database open for as long as this statement exists.
    let handle: DatabaseHandle
    /// The compiled statement; nil once finalized by `Connection.close()`.
    private(set) var pointer: OpaquePointer?
    /// Result column names, refreshed if a schema change recompiles the statement.
    private var columnNames: [String] = []

    /// Compiles the next statement of `cursor..<end`, advancing `cursor` past it.
    ///
    /// Returns nil when only whitespace or comments remain, so scripts can be run statement by statement.
    init?(
        handle: DatabaseHandle,
        cursor: inout UnsafePointer<CChar>,
        end: UnsafePointer<CChar>,
        persistent: Bool
    ) throws {
        let database = try handle.open()
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        var compiled: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = sqlite3_prepare_v3(database, cursor, Int32(end - cursor), flags, &compiled, &tail)
        guard code == SQLITE_OK else {
            let text = String(decoding: UnsafeRawBufferPointer(start: cursor, count: end - cursor), as: UTF8.self)
            throw SQLiteError(database: database, code: code, sql: text.trimmingSQLWhitespace())
        }
        cursor = tail ?? end
        guard let compiled else { return nil }
        self.handle = handle
        self.pointer = compiled
        self.sql = String(cString: sqlite3_sql(compiled)).trimmingSQLWhitespace()
        self.columnNames = Self.columnNames(of: compiled)
    }

    deinit {
        sqlite3_finalize(pointer)
    }

    /// Compiles `sql`, which must hold exactly one statement (trailing comments are fine).
    static func single(handle: DatabaseHandle, sql: String, persistent: Bool) throws -> Statement {
        var utf8 = sql
        return try utf8.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let start = chars.baseAddress else {
                    throw SQLiteError.misuse("the SQL holds no statement", sql: sql)
                }
                var cursor = start
                let end = start + chars.count
                guard let statement = try Statement(handle: handle, cursor: &cursor, end: end, persistent: persistent) else {
                    throw SQLiteError.misuse("the SQL holds no statement", sql: sql)
                }
                try requireNothingAfter(cursor: cursor, end: end, handle: handle, sql: sql)
                return statement
            }
        }
    }

    /// Throws when more statements follow; silently accepting them would skip them.
    private static func requireNothingAfter(
        cursor: UnsafePointer<CChar>, end: UnsafePointer<CChar>, handle: DatabaseHandle, sql: String
    ) throws {
        var rest = cursor
        while rest < end {
            let before = rest
            let next: Statement?
            do {
                next = try Statement(handle: handle, cursor: &rest, end: end, persistent: false)
            } catch {
                next = nil
                rest = before
            }
            guard next == nil, rest != before else {
                throw SQLiteError.misuse("expected one statement but the SQL holds several", sql: sql)
            }
        }
    }

    /// The compiled statement, or a misuse error once it has been finalized.
    func open() throws -> OpaquePointer {
        guard let pointer else {
            throw SQLiteError.misuse("the statement was finalized because its connection closed", sql: sql)
        }
        return pointer
    }

    /// Finalizes now, ahead of `deinit`, so the connection can close.
    func finalize() {
        sqlite3_finalize(pointer)
        pointer = nil
    }

    /// Runs one step; true when a row is available through `currentRow()`, false when done.
    public func step() throws -> Bool {
        let statement = try open()
        let code = sqlite3_step(statement)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(database: sqlite3_db_handle(statement), code: code, sql: sql)
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    ///
    /// Never throws: the error of a failed step was already thrown by `step()`.
    public func reset() {
        guard let pointer else { return }
        sqlite3_reset(pointer)
    }

    /// Rewinds and drops the bindings, so residents' data does not linger in SQLite's memory.
    func finish() {
        guard let pointer else { return }
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    /// The row `step()` just produced, copied into Swift values; empty once finalized.
    public func currentRow() -> Row {
        guard let statement = pointer else { return Row(columnNames: [], values: []) }
        let count = Int(sqlite3_column_count(statement))
        if count != columnNames.count {
            columnNames = Self.columnNames(of: statement)
        }
        let values = (0..<count).map { Self.value(of: statement, at: Int32($0)) }
        return Row(columnNames: columnNames, values: values)
    }
}
