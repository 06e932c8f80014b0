internal import CSQLite

extension SQLiteError {
    /// Builds the error for result `code` from the connection's latest error state.
    ///
    /// Uses `sqlite3_extended_errcode` and `sqlite3_errmsg` when they describe this failure;
    /// falls back to `code` and `sqlite3_errstr` when they do not (no handle, or a stale message).
    /// For I/O and open failures it also keeps `sqlite3_system_errno`, which SQLite sets only for
    /// those and leaves stale otherwise.
    init(database: OpaquePointer?, code: Int32, sql: String?) {
        var extended = code
        var message = String(cString: sqlite3_errstr(code))
        var systemErrno: Int32 = 0
        if let database {
            let reported = sqlite3_extended_errcode(database)
            if reported & 0xff == code & 0xff {
                extended = reported
                message = String(cString: sqlite3_errmsg(database))
            }
            if code & 0xff == SQLITE_IOERR || code & 0xff == SQLITE_CANTOPEN {
                systemErrno = sqlite3_system_errno(database)
            }
        }
        self.init(extendedResultCode: extended, message: message, sql: sql, systemErrno: systemErrno)
    }

    /// The error for using a closed connection or a finalized statement.
    static func misuse(_ message: String, sql: String? = nil) -> SQLiteError {
        SQLiteError(extendedResultCode: SQLITE_MISUSE, message: message, sql: sql)
    }
}
