import FieldCore
import Foundation
import SQLiteKit

/// The officer's store on one laptop: every note and stand this device knows, and what it must push.
///
/// Every local write is one SQLite transaction holding the record's new state, the device's
/// counter increment (inside the version vector) and an entry in the change sequence, so a
/// note acknowledged to the officer is durable (WAL, synchronous=FULL) and never half-written.
public final class LocalStore {
    public let path: String
    public let identity: DeviceIdentity
    let connection: Connection

    private init(path: String, connection: Connection, identity: DeviceIdentity) {
        self.path = path
        self.connection = connection
        self.identity = identity
    }

    /// Creates a new store for `officer` with a fresh device id. Refuses an existing file.
    ///
    /// The store is built in a temporary file beside the target and moved into place when
    /// complete, so a failed `init` never leaves a half-made store behind.
    @discardableResult
    public static func create(at path: String, officer: String, deviceID: DeviceID = .random()) throws -> LocalStore {
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else { throw StoreError.alreadyExists(path: path) }
        let directory = (path as NSString).deletingLastPathComponent
        try createDirectory(directory.isEmpty ? "." : directory)
        let staging = path + ".creating-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? files.removeItem(atPath: staging) }
        try build(at: staging, officer: officer, deviceID: deviceID)
        do {
            try files.moveItem(atPath: staging, toPath: path)
        } catch {
            throw files.fileExists(atPath: path) ? StoreError.alreadyExists(path: path)
                : StoreError.invalidFile(path: path, reason: "could not create the store: \(error.localizedDescription)")
        }
        return try open(at: path)
    }

    /// Opens an existing store, refusing (and leaving untouched) anything that is not one of ours.
    public static func open(at path: String) throws -> LocalStore {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noStore(path: path) }
        let connection = try storageCall { try Connection(path: path, mode: .readWrite) }
        try checkIdentity(of: connection, path: path)
        try storageCall {
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA synchronous = FULL")
            try StoreSchema.migrate(connection, from: try connection.userVersion())
        }
        let identity = try storageCall { try DeviceIdentity.load(from: connection) }
        return LocalStore(path: path, connection: connection, identity: identity)
    }

    /// Closes the connection, checkpointing the WAL into the main file.
    public func close() throws {
        try Self.storageCall { try connection.close() }
    }

    /// Runs `body` in one immediate transaction; SQLite errors become `StoreError.storage`.
    func write<T>(_ body: () throws -> T) throws -> T {
        try Self.storageCall { try connection.transaction(.immediate, body) }
    }

    /// Runs a read; SQLite errors become `StoreError.storage`.
    func read<T>(_ body: () throws -> T) throws -> T {
        try Self.storageCall(body)
    }

    static func storageCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw StoreError.storage(error)
        }
    }

    private static func checkIdentity(of connection: Connection, path: String) throws {
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
        guard applicationID == StoreSchema.applicationID, version >= 1 else {
            throw StoreError.notAFieldKitStore(path: path)
        }
        guard version <= StoreSchema.currentVersion else {
            throw StoreError.newerSchema(path: path, found: version, supported: StoreSchema.currentVersion)
        }
    }

    private static func build(at staging: String, officer: String, deviceID: DeviceID) throws {
        try storageCall {
            let connection = try Connection(path: staging, mode: .readWriteCreate)
            try connection.setApplicationID(StoreSchema.applicationID)
            try connection.execute("PRAGMA journal_mode = WAL")
            try StoreSchema.migrate(connection, from: 0)
            try connection.transaction {
                try DeviceIdentity(deviceID: deviceID, officer: officer).save(to: connection)
            }
            try connection.close()
        }
        // The store holds residents' details and the sync token: owner-only.
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: staging)
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
