internal import CSQLite

extension SQLiteError {
    /// Builds the error for result `code` from the connection's latest error state.
    ///
    /// Uses `sqlite3_extended_errcode` and `sqlite3_errmsg` when they describe this failure;
    /// falls back to `code` and `sqlite3_errstr` when they do not (no handle, or a stale message).
    init(database: OpaquePointer?, code: Int32, sql: String?) {
        var extended = code
        var message = String(cString: sqlite3_errstr(code))
        if let database {
            let reported = sqlite3_extended_errcode(database)
            if reported & 0xff == code & 0xff {
                extended = reported
                message = String(cString: sqlite3_errmsg(database))
            }
        }
        self.init(extendedResultCode: extended, message: message, sql: sql)
    }

    /// The error for using a closed connection or a finalized statement.
    static func misuse(_ message: String, sql: String? = nil) -> SQLiteError {
        SQLiteError(extendedResultCode: SQLITE_MISUSE, message: message, sql: sql)
    }
}
