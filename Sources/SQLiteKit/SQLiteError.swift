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
    /// The operating system's `errno` behind an I/O or open failure (`sqlite3_system_errno`); 0 when none.
    ///
    /// It tells what a generic SQLITE_IOERR_WRITE really was: a full disk (ENOSPC), a file-size
    /// limit (EFBIG) or a read-only file system (EROFS) call for other remedies than a broken disk.
    public let systemErrno: Int32

    /// Makes an error from an extended (or primary) result code and, for I/O failures, the system's errno.
    public init(extendedResultCode: Int32, message: String, sql: String? = nil, systemErrno: Int32 = 0) {
        self.resultCode = extendedResultCode & 0xff
        self.extendedResultCode = extendedResultCode
        self.message = message
        self.sql = sql
        self.systemErrno = systemErrno
    }

    /// The database is locked by another connection (SQLITE_BUSY) or table (SQLITE_LOCKED); retrying later may work.
    public var isBusy: Bool { resultCode == SQLITE_BUSY || resultCode == SQLITE_LOCKED }
    /// There is no room to write: the disk or the database's size limit is full (SQLITE_FULL), or a
    /// write failed for lack of space, a disk quota, or the process's file-size limit (ENOSPC, EDQUOT, EFBIG).
    public var isFull: Bool {
        resultCode == SQLITE_FULL || (resultCode == SQLITE_IOERR && SystemErrorNumber.outOfSpace.contains(systemErrno))
    }
    /// The database cannot be written: SQLite opened it read-only (SQLITE_READONLY), or opening or
    /// writing failed because the file system is read-only or permission is lacking (EROFS, EACCES, EPERM).
    public var isReadOnly: Bool {
        let systemRefusal = resultCode == SQLITE_IOERR || resultCode == SQLITE_CANTOPEN
        return resultCode == SQLITE_READONLY || (systemRefusal && SystemErrorNumber.notWritable.contains(systemErrno))
    }
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
    /// `SQLite error 19 (SQLITE_CONSTRAINT_UNIQUE 2067): UNIQUE constraint failed: t.id — in: INSERT INTO t ...`;
    /// an I/O error adds the system's errno: `SQLite error 10 (SQLITE_IOERR_WRITE 778, errno 27): disk I/O error`.
    public var description: String {
        var code = "\(resultCode) (\(Self.name(of: extendedResultCode))"
        if extendedResultCode != resultCode {
            code += " \(extendedResultCode)"
        }
        if systemErrno != 0 {
            code += ", errno \(systemErrno)"
        }
        var text = "SQLite error \(code)): \(message)"
        if let sql {
            text += " — in: \(sql)"
        }
        return text
    }
}
