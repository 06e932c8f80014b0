internal import CSQLite

extension Connection {
    /// The schema version an application keeps in the header (`PRAGMA user_version`).
    public func userVersion() throws -> Int {
        try scalar("PRAGMA user_version").int ?? 0
    }

    /// Stores `version`, which must fit in 32 signed bits (the header field's size).
    public func setUserVersion(_ version: Int) throws {
        guard let version = Int32(exactly: version) else {
            throw SQLiteError(extendedResultCode: SQLITE_RANGE, message: "user_version must fit in 32 bits")
        }
        try execute("PRAGMA user_version = \(version)")
    }

    /// The application identifier in the header (`PRAGMA application_id`); 0 when unset.
    ///
    /// Lets a caller recognize its own files before trusting or changing them.
    public func applicationID() throws -> Int32 {
        Int32(truncatingIfNeeded: try scalar("PRAGMA application_id").int64 ?? 0)
    }

    /// Stores the application identifier in the header.
    public func setApplicationID(_ id: Int32) throws {
        try execute("PRAGMA application_id = \(id)")
    }

    /// The rows of `PRAGMA integrity_check`: `["ok"]` for a healthy database, else the problems found.
    public func integrityCheck() throws -> [String] {
        try query("PRAGMA integrity_check").map { $0.values.first?.string ?? "" }
    }

    /// Copies the write-ahead log into the database and truncates it (`PRAGMA wal_checkpoint(TRUNCATE)`).
    ///
    /// Throws SQLITE_BUSY when other connections kept it from completing. Does nothing outside WAL mode.
    public func checkpoint() throws {
        let sql = "PRAGMA wal_checkpoint(TRUNCATE)"
        guard let row = try queryOne(sql) else { return }
        if row.values.first?.int64 == 1 {
            throw SQLiteError(
                extendedResultCode: SQLITE_BUSY,
                message: "the checkpoint could not complete because other connections are using the log",
                sql: sql
            )
        }
    }
}
