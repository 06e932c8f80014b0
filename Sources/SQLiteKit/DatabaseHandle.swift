internal import CSQLite

/// Owns one `sqlite3*` and closes it when the last user (connection or statement) lets go.
///
/// Statements keep their handle alive, so a statement that outlives its `Connection` object
/// still finalizes against a live database; `sqlite3_close_v2` then closes it afterwards.
final class DatabaseHandle {
    /// The open database, or nil once `Connection.close()` succeeded.
    private(set) var pointer: OpaquePointer?

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        if let pointer {
            sqlite3_close_v2(pointer)
        }
    }

    /// The open database, or a misuse error when it has been closed.
    func open(sql: String? = nil) throws -> OpaquePointer {
        guard let pointer else {
            throw SQLiteError.misuse("the connection is closed", sql: sql)
        }
        return pointer
    }

    /// Closes with `sqlite3_close`, which refuses while statements are still unfinalized.
    func close() throws {
        guard let pointer else { return }
        let code = sqlite3_close(pointer)
        guard code == SQLITE_OK else {
            throw SQLiteError(database: pointer, code: code, sql: nil)
        }
        self.pointer = nil
    }
}
