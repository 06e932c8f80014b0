import Foundation
import SQLiteKit

/// Opening and creating store files safely: never modify a file that is not ours, never leave half a store.
enum StoreFile {
    /// Opens an existing store: checks it is ours, not newer and writable, then sets WAL with synchronous=FULL,
    /// secure_delete, and migrates.
    ///
    /// A store SQLite could only open read-only (a read-only file system) is refused here, with
    /// one clear error, rather than at the first write.
    static func open(at path: String, schema: StoreSchema) throws -> Connection {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noStore(path: path) }
        let connection = try storageCall {
            let connection = try Connection(path: path, mode: .readWrite)
            try connection.requireWritable()
            return connection
        }
        try checkIdentity(of: connection, path: path, schema: schema)
        try storageCall {
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA synchronous = FULL")
            // Deleted and overwritten content is zeroed in the file, not left in free space: what a
            // purge removes or an erasure replaces must be gone from the bytes too, where `strings`
            // would find it (per connection, so set on every open).
            try connection.execute("PRAGMA secure_delete = ON")
            try schema.migrate(connection, from: try connection.userVersion())
        }
        return connection
    }

    /// Creates a store at `path`, refusing an existing file. It is built in a staging file beside
    /// the target and moved into place when complete, so a failure never leaves half a store.
    static func create(at path: String, schema: StoreSchema, setup: (Connection) throws -> Void) throws {
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else { throw StoreError.alreadyExists(path: path) }
        let directory = (path as NSString).deletingLastPathComponent
        try createDirectory(directory.isEmpty ? "." : directory)
        let staging = path + ".creating-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? files.removeItem(atPath: staging) }
        try storageCall {
            let connection = try Connection(path: staging, mode: .readWriteCreate)
            try connection.setApplicationID(schema.applicationID)
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA secure_delete = ON")
            try schema.migrate(connection, from: 0)
            try connection.transaction { try setup(connection) }
            try connection.close()
        }
        // Stores hold residents' details and credentials: owner-only.
        try? files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: staging)
        do {
            try files.moveItem(atPath: staging, toPath: path)
        } catch {
            throw files.fileExists(atPath: path) ? StoreError.alreadyExists(path: path)
                : StoreError.invalidFile(path: path, reason: "could not create the store: \(error.localizedDescription)")
        }
    }

    /// An in-memory store for tests and simulations: same schema, nothing on disk.
    static func inMemory(schema: StoreSchema, setup: (Connection) throws -> Void) throws -> Connection {
        try storageCall {
            let connection = try Connection(path: ":memory:", mode: .readWriteCreate)
            try connection.setApplicationID(schema.applicationID)
            try schema.migrate(connection, from: 0)
            try connection.transaction { try setup(connection) }
            return connection
        }
    }

    static func storageCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw StoreError.storage(error)
        }
    }

    /// Refuses a file that is not a store of `schema`'s kind, or was written by a newer FieldKit.
    static func checkIdentity(of connection: Connection, path: String, schema: StoreSchema) throws {
        let applicationID: Int32
        let version: Int
        do {
            applicationID = try connection.applicationID()
            version = try connection.userVersion()
        } catch let error as SQLiteError where error.isNotADatabase {
            throw StoreError.notAFieldKitStore(path: path)
        } catch let error as SQLiteError {
            throw StoreError.storage(error)
        }
        guard applicationID == schema.applicationID, version >= 1 else { throw StoreError.notAFieldKitStore(path: path) }
        guard version <= schema.currentVersion else {
            throw StoreError.newerSchema(path: path, found: version, supported: schema.currentVersion)
        }
    }

    private static func createDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.invalidFile(path: directory, reason: "cannot create the folder: \(error.localizedDescription)")
        }
    }
}
