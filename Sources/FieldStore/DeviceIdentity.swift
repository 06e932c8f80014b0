import FieldCore
import SQLiteKit

/// Who this device is: its id and the officer using it, fixed when the store is created.
public struct DeviceIdentity: Sendable, Equatable {
    public let deviceID: DeviceID
    public let officer: String

    public init(deviceID: DeviceID, officer: String) {
        self.deviceID = deviceID
        self.officer = officer
    }

    /// The author stamp for a write made now (or at `time`).
    public func author(at time: Timestamp = .now()) -> Author {
        Author(device: deviceID, officer: officer, at: time)
    }

    static func load(from connection: Connection) throws -> DeviceIdentity {
        let device = try MetaTable.value(MetaTable.deviceID, in: connection) ?? ""
        let officer = try MetaTable.value(MetaTable.officer, in: connection) ?? ""
        return DeviceIdentity(deviceID: DeviceID(device), officer: officer)
    }

    func save(to connection: Connection) throws {
        try MetaTable.set(MetaTable.deviceID, deviceID.rawValue, in: connection)
        try MetaTable.set(MetaTable.officer, officer, in: connection)
        try MetaTable.set(MetaTable.createdAt, String(Timestamp.now().milliseconds), in: connection)
    }
}
