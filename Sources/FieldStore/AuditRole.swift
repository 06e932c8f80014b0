import FieldCore

/// In which capacity the actor of an audit entry acted. Stored as its `rawValue`.
///
/// A struct, like `AuditAction`, so that a role written by a newer FieldKit still reads back.
public struct AuditRole: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// An enrolled officer, through their device's sync.
    public static let officer = AuditRole(rawValue: "officer")
    /// A coordinator, on the review pages or with `fieldkit-server review`.
    public static let coordinator = AuditRole(rawValue: "coordinator")
    /// The person running the server (e.g. an erasure or a retention run started by hand).
    public static let admin = AuditRole(rawValue: "admin")
    /// The server acting on its own schedule, with no person behind the action.
    public static let system = AuditRole(rawValue: "system")

    /// The audit role of an enrollment's role: a coordinator's token syncing a device stays a coordinator.
    public init(_ role: Role) {
        self.init(rawValue: role.rawValue)
    }

    public var description: String { rawValue }
}
