internal import CSQLite

/// One open SQLite database connection, used from one thread at a time.
///
/// Opened with `SQLITE_OPEN_NOMUTEX` ("multi-thread" mode): SQLite skips its per-connection mutex
/// because Swift already keeps this non-`Sendable` class, and its statements, on one isolation domain.
/// Opening runs no statement and writes nothing, so a caller can inspect an unknown file before
/// configuring it (journal mode, schema).
public final class Connection {
    /// The path given to `init`.
    public let path: String
    /// The database; shared with statements so it stays open while any of them lives.
    let handle: DatabaseHandle
    /// Statements from `cachedStatement(_:)`, keyed by their SQL text.
    private var statementCache: [String: Statement] = [:]
    /// How many savepoints `transaction` has open, used to name the next one.
    var savepointDepth = 0

    /// Opens (or creates, with `.readWriteCreate`) the database at `path` and sets the busy timeout.
    ///
    /// Throws `isCannotOpen` when the file cannot be opened. A file that is not a database opens
    /// fine; the first query then throws `isNotADatabase`.
    public init(path: String, mode: OpenMode = .readWriteCreate, busyTimeoutMilliseconds: Int32 = 5000) throws {
        var database: OpaquePointer?
        let code = sqlite3_open_v2(path, &database, mode.flags | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let database else {
            let error = SQLiteError(database: database, code: code, sql: nil)
            sqlite3_close_v2(database)
            throw error
        }
        sqlite3_extended_result_codes(database, 1)
        sqlite3_busy_timeout(database, max(0, busyTimeoutMilliseconds))
        self.path = path
        self.handle = DatabaseHandle(database)
    }

    /// The linked SQLite library's version, e.g. "3.40.1".
    public static var libraryVersion: String {
        String(cString: sqlite3_libversion())
    }

    /// True while a transaction is open (SQLite is not in autocommit mode).
    public var isInTransaction: Bool {
        guard let database = handle.pointer else { return false }
        return sqlite3_get_autocommit(database) == 0
    }

    /// True when SQLite opened the main database read-only, even though read-write was asked for.
    ///
    /// SQLite falls back to read-only silently when the file cannot be opened for writing (a
    /// read-only file system, no permission); callers that must write check this up front.
    public var isReadOnly: Bool {
        guard let database = handle.pointer else { return false }
        return sqlite3_db_readonly(database, "main") == 1
    }

    /// Throws SQLITE_READONLY when the database was opened read-only, so a writer fails at once
    /// with a clear reason instead of at its first write.
    public func requireWritable() throws {
        guard isReadOnly else { return }
        throw SQLiteError(
            extendedResultCode: SQLITE_READONLY,
            message: "the database file or its file system cannot be written, so it was opened read-only")
    }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE (`sqlite3_changes`).
    public var changes: Int {
        guard let database = handle.pointer else { return 0 }
        return Int(sqlite3_changes(database))
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 {
        guard let database = handle.pointer else { return 0 }
        return sqlite3_last_insert_rowid(database)
    }

    /// Compiles a fresh statement from `sql`, which must hold exactly one statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement.single(handle: handle, sql: sql, persistent: false)
    }

    /// The statement for `sql`, compiled once per connection and reused; reset and unbound on return.
    ///
    /// Use it for SQL run often with different arguments. The SQL text is the key, so splice no
    /// values into it: bind them.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let cached = statementCache[sql] {
            cached.finish()
            return cached
        }
        let statement = try Statement.single(handle: handle, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Finalizes the cached statements and closes the database; calling it again does nothing.
    ///
    /// Throws (SQLITE_BUSY) and stays open while statements from `prepare(_:)` are still alive.
    /// Without `close()`, the database closes (`sqlite3_close_v2`) once the connection and all
    /// its statements are released.
    public func close() throws {
        for statement in statementCache.values {
            statement.finalize()
        }
        statementCache = [:]
        try handle.close()
    }
}
