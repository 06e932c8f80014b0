internal import CSQLite

/// A failed SQLite call: its result codes, SQLite's own message and the SQL that was running.
///
/// It never holds bound values: notes carry residents' personal data, and errors end up in logs.
/// Keep personal data out of `sql` too by always binding it with `?` instead of splicing it into text.
public struct SQLiteError: Error, Equatable, Sendable {
    /// The primary result code, such as 19 for SQLITE_CONSTRAINT (the low byte of the extended code).
    public let resultCode: Int32
    /// The extended result code, such as 2067 for SQLITE_CONSTRAINT_UNIQUE.
    public let extendedResultCode: Int32
    /// SQLite's explanation (`sqlite3_errmsg` or `sqlite3_errstr`), or ours for misuse we detect.
    public let message: String
    /// The statement text that failed, when there was one.
    public let sql: String?

    /// Makes an error from an extended (or primary) result code.
    public init(extendedResultCode: Int32, message: String, sql: String? = nil) {
        self.resultCode = extendedResultCode & 0xff
        self.extendedResultCode = extendedResultCode
        self.message = message
        self.sql = sql
    }

    /// The database is locked by another connection (SQLITE_BUSY) or table (SQLITE_LOCKED); retrying later may work.
    public var isBusy: Bool { resultCode == SQLITE_BUSY || resultCode == SQLITE_LOCKED }
    /// The disk, or the database's size limit, is full.
    public var isFull: Bool { resultCode == SQLITE_FULL }
    /// A write was attempted on a read-only database or file.
    public var isReadOnly: Bool { resultCode == SQLITE_READONLY }
    /// The file exists but is not an SQLite database (or is encrypted).
    public var isNotADatabase: Bool { resultCode == SQLITE_NOTADB }
    /// A UNIQUE, NOT NULL, CHECK, FOREIGN KEY or similar constraint failed.
    public var isConstraintViolation: Bool { resultCode == SQLITE_CONSTRAINT }
    /// The file could not be opened (missing, a directory, no permission).
    public var isCannotOpen: Bool { resultCode == SQLITE_CANTOPEN }
    /// The API was used wrongly, e.g. a closed connection or a finalized statement.
    public var isMisuse: Bool { resultCode == SQLITE_MISUSE }
}

extension SQLiteError: CustomStringConvertible {
    /// `SQLite error 19 (SQLITE_CONSTRAINT_UNIQUE 2067): UNIQUE constraint failed: t.id — in: INSERT INTO t ...`
    public var description: String {
        var code = "\(resultCode) (\(Self.name(of: extendedResultCode))"
        if extendedResultCode != resultCode {
            code += " \(extendedResultCode)"
        }
        var text = "SQLite error \(code)): \(message)"
        if let sql {
            text += " — in: \(sql)"
        }
        return text
    }
}
