import Foundation
import SQLiteKit

/// A central store held under SQLite's exclusive lock: proof that no server, or any other
/// program, has it open, kept until the store is moved aside for a restore.
///
/// A running server keeps its connection open, and in WAL mode an open connection holds a shared
/// lock on the database file for its whole life, so the exclusive lock is refused (SQLITE_BUSY)
/// while any server runs on the store, even an idle one. With `locking_mode = EXCLUSIVE` set
/// before the first read, SQLite takes that lock on the file itself and never releases it until
/// the connection closes, so no server can open the store while it is held either.
final class ExclusiveStoreHold {
    let path: String
    private let connection: Connection

    /// Takes the exclusive lock on the store at `path`, waiting at most `waitMilliseconds`.
    ///
    /// Throws `storeInUse` when another process has the store open, and `notAFieldKitStore` for
    /// a file that is not a FieldKit server store.
    init(path: String, waitMilliseconds: Int32 = 1000) throws {
        let connection = try StoreFile.storageCall {
            try Connection(path: path, mode: .readWrite, busyTimeoutMilliseconds: waitMilliseconds)
        }
        do {
            try connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            try connection.execute("BEGIN EXCLUSIVE")
            try connection.execute("COMMIT")
        } catch let error as SQLiteError {
            try? connection.close()
            if error.isBusy { throw StoreError.storeInUse(path: path) }
            if error.isNotADatabase { throw StoreError.notAFieldKitStore(path: path) }
            throw StoreError.storage(error)
        }
        do {
            try StoreFile.checkIdentity(of: connection, path: path, schema: .central)
        } catch {
            try? connection.close()
            throw error
        }
        self.path = path
        self.connection = connection
    }

    deinit {
        try? connection.close()
    }

    /// Writes the store's log into the file, closes it and renames it to `kept`, together with
    /// any -wal and -shm files left beside it, so the old log can never be applied to whatever
    /// takes the store's name next. Nothing is deleted.
    func moveAside(to kept: String) throws {
        try StoreFile.storageCall {
            try connection.checkpoint()
            try connection.close()
        }
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
            do {
                try files.moveItem(atPath: path + suffix, toPath: kept + suffix)
            } catch {
                throw StoreError.restoreTargetUnusable(
                    path: path, reason: "could not rename \(path + suffix) to \(kept + suffix) (\(error.localizedDescription))")
            }
        }
    }
}
