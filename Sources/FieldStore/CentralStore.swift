import FieldCore
import Foundation
import SQLiteKit

/// The server's store: every merged record, its change sequence for pulls, and enrollment tokens.
///
/// Not thread-safe on its own: the server serialises access (one connection, one caller at a
/// time). Every push is one immediate transaction, so a batch is stored whole or not at all.
public final class CentralStore {
    public let path: String
    /// A random id fixed at creation; pull cursors carry it so a cursor from another store is refused.
    public let storeID: String
    let connection: Connection

    private init(path: String, connection: Connection) throws {
        self.path = path
        self.connection = connection
        storeID = try StoreFile.storageCall { try MetaTable.value(MetaTable.storeID, in: connection) } ?? ""
    }

    /// Opens the store at `path`, creating it first when there is none.
    public static func openOrCreate(at path: String) throws -> CentralStore {
        if !FileManager.default.fileExists(atPath: path) {
            do {
                try StoreFile.create(at: path, schema: .central, setup: initialise)
            } catch StoreError.alreadyExists {
                // Another process created it meanwhile; opening it is what we wanted.
            }
        }
        return try open(at: path)
    }

    /// Opens an existing store, refusing anything that is not a FieldKit server store.
    public static func open(at path: String) throws -> CentralStore {
        try CentralStore(path: path, connection: try StoreFile.open(at: path, schema: .central))
    }

    /// A store in memory only, for tests and simulations.
    public static func inMemory() throws -> CentralStore {
        try CentralStore(path: ":memory:", connection: try StoreFile.inMemory(schema: .central, setup: initialise))
    }

    /// Closes the store; `PRAGMA optimize` first, as SQLite advises, so the planner's statistics
    /// keep up with the data and the filter indexes stay in use as the store grows.
    public func close() throws {
        try StoreFile.storageCall {
            try connection.execute("PRAGMA optimize")
            try connection.close()
        }
    }

    /// `PRAGMA integrity_check`: `["ok"]` when the file is sound.
    public func integrityCheck() throws -> [String] {
        try read { try connection.integrityCheck() }
    }

    func write<T>(_ body: () throws -> T) throws -> T {
        try StoreFile.storageCall { try connection.transaction(.immediate, body) }
    }

    func read<T>(_ body: () throws -> T) throws -> T {
        try StoreFile.storageCall(body)
    }

    private static func initialise(_ connection: Connection) throws {
        var generator = SystemRandomNumberGenerator()
        let id = String(generator.next() as UInt64, radix: 16)
        try MetaTable.set(MetaTable.storeID, id, in: connection)
    }
}
