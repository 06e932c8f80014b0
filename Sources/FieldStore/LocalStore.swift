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
    @discardableResult
    public static func create(at path: String, officer: String, deviceID: DeviceID = .random()) throws -> LocalStore {
        try StoreFile.create(at: path, schema: .device) { connection in
            try DeviceIdentity(deviceID: deviceID, officer: officer).save(to: connection)
        }
        return try open(at: path)
    }

    /// Opens an existing store, refusing (and leaving untouched) anything that is not one of ours.
    public static func open(at path: String) throws -> LocalStore {
        let connection = try StoreFile.open(at: path, schema: .device)
        let identity = try storageCall { try DeviceIdentity.load(from: connection) }
        return LocalStore(path: path, connection: connection, identity: identity)
    }

    /// A store held in memory only: for simulations and tests that need many fast replicas.
    public static func inMemory(officer: String, deviceID: DeviceID = .random()) throws -> LocalStore {
        let identity = DeviceIdentity(deviceID: deviceID, officer: officer)
        let connection = try StoreFile.inMemory(schema: .device) { try identity.save(to: $0) }
        return LocalStore(path: ":memory:", connection: connection, identity: identity)
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
        try StoreFile.storageCall(body)
    }
}
