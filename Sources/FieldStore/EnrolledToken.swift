import FieldCore

/// An enrollment as the server keeps it: who, which role, which device, and only a hash of the secret.
public struct EnrolledToken: Sendable, Equatable {
    public let id: Int64
    /// The public half of the token, used to find the row; the secret half is never stored.
    public let selector: String
    /// Hex SHA-256 of the token's secret half.
    public let verifierHash: String
    public let officer: String
    public let role: Role
    /// The device the token is bound to: the first one that synced with it.
    public let deviceID: DeviceID?
    public let createdAt: Timestamp
    public let revokedAt: Timestamp?
    public let lastSyncAt: Timestamp?
    /// The device's clock against the server's when it last sent one (`FieldKit-Device-Time`).
    public let clockOffset: ClockOffset?

    public var isRevoked: Bool { revokedAt != nil }
}
