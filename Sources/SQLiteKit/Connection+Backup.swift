internal import CSQLite

extension Connection {
    /// Copies this whole database into `destination`, replacing what it held, as one consistent snapshot.
    ///
    /// Uses SQLite's online backup API in a single step, so the copy is the database as it stood at
    /// one instant even while other connections keep writing; in WAL mode they are not held up.
    /// `destination` commits the copy like any transaction, so it is on disk when this returns.
    public func copy(into destination: Connection) throws {
        let source = try handle.open()
        let target = try destination.handle.open()
        guard let backup = sqlite3_backup_init(target, "main", source, "main") else {
            throw SQLiteError(database: target, code: sqlite3_errcode(target), sql: nil)
        }
        let stepped = sqlite3_backup_step(backup, -1)
        let finished = sqlite3_backup_finish(backup)
        guard stepped == SQLITE_DONE else {
            throw SQLiteError(database: target, code: stepped, sql: nil)
        }
        guard finished == SQLITE_OK else {
            throw SQLiteError(database: target, code: finished, sql: nil)
        }
    }
}
