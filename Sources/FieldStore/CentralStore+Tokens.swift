import FieldCore
import SQLiteKit

/// Enrollment tokens: adding, finding, binding to a device, and revoking.
extension CentralStore {
    private static let tokenColumns =
        "id, selector, verifier_hash, officer, role, device_id, created_at, revoked_at, last_sync_at, clock_offset_ms, clock_measured_at"

    /// Records a new enrollment. The caller hashes the secret; only the hash reaches the store.
    @discardableResult
    public func addToken(selector: String, verifierHash: String, officer: String, role: Role, at time: Timestamp = .now()) throws -> EnrolledToken {
        try write {
            try connection.execute(
                "INSERT INTO tokens (selector, verifier_hash, officer, role, created_at) VALUES (?, ?, ?, ?, ?)",
                [.text(selector), .text(verifierHash), .text(officer), .text(role.rawValue), .integer(time.milliseconds)])
            return EnrolledToken(
                id: connection.lastInsertRowID, selector: selector, verifierHash: verifierHash, officer: officer, role: role,
                deviceID: nil, createdAt: time, revokedAt: nil, lastSyncAt: nil, clockOffset: nil)
        }
    }

    public func token(selector: String) throws -> EnrolledToken? {
        try read {
            try connection.cachedStatement("SELECT \(Self.tokenColumns) FROM tokens WHERE selector = ?")
                .query([.text(selector)]).first.map(Self.decodeToken)
        }
    }

    /// The enrollment with row id `id`, or nil: how a review session, which names only the row, is checked on every request.
    public func token(id: Int64) throws -> EnrolledToken? {
        try read {
            try connection.cachedStatement("SELECT \(Self.tokenColumns) FROM tokens WHERE id = ?")
                .query([.integer(id)]).first.map(Self.decodeToken)
        }
    }

    /// Binds the token to `device` if it is not bound yet; returns the device it is bound to now.
    public func bindDevice(_ device: DeviceID, toToken id: Int64) throws -> DeviceID? {
        try write {
            try connection.cachedStatement("UPDATE tokens SET device_id = ? WHERE id = ? AND device_id IS NULL")
                .execute([.text(device.rawValue), .integer(id)])
            return try connection.cachedStatement("SELECT device_id FROM tokens WHERE id = ?")
                .query([.integer(id)]).first?.string("device_id").map(DeviceID.init)
        }
    }

    /// Notes when a token last synced, and the device's clock offset when it sent one, for the admin's `devices` list.
    public func recordSync(tokenID: Int64, at time: Timestamp = .now(), clockOffset: ClockOffset? = nil) throws {
        try write {
            try connection.cachedStatement("UPDATE tokens SET last_sync_at = ? WHERE id = ?")
                .execute([.integer(time.milliseconds), .integer(tokenID)])
            guard let clockOffset else { return }
            try connection.cachedStatement("UPDATE tokens SET clock_offset_ms = ?, clock_measured_at = ? WHERE id = ?")
                .execute([.integer(clockOffset.milliseconds), .integer(clockOffset.measuredAt.milliseconds), .integer(tokenID)])
        }
    }

    /// Every enrollment, oldest first.
    public func tokens() throws -> [EnrolledToken] {
        try read { try connection.query("SELECT \(Self.tokenColumns) FROM tokens ORDER BY id").map(Self.decodeToken) }
    }

    /// Disables the matching tokens that are still active, and returns them.
    public func revoke(_ target: RevocationTarget, at time: Timestamp = .now()) throws -> [EnrolledToken] {
        let (condition, value): (String, String) = switch target {
        case .officer(let name): ("officer = ?", name)
        case .device(let device): ("device_id = ?", device.rawValue)
        case .selector(let selector): ("selector = ?", selector)
        }
        return try write {
            let matching = try connection.query(
                "SELECT \(Self.tokenColumns) FROM tokens WHERE \(condition) AND revoked_at IS NULL", [.text(value)])
                .map(Self.decodeToken)
            try connection.execute(
                "UPDATE tokens SET revoked_at = ? WHERE \(condition) AND revoked_at IS NULL", [.integer(time.milliseconds), .text(value)])
            return matching
        }
    }

    private static func decodeToken(_ row: Row) -> EnrolledToken {
        EnrolledToken(
            id: row.int64("id") ?? 0, selector: row.string("selector") ?? "", verifierHash: row.string("verifier_hash") ?? "",
            officer: row.string("officer") ?? "", role: Role(rawValue: row.string("role") ?? "") ?? .officer,
            deviceID: row.string("device_id").map(DeviceID.init),
            createdAt: Timestamp(milliseconds: row.int64("created_at") ?? 0),
            revokedAt: row.int64("revoked_at").map(Timestamp.init(milliseconds:)),
            lastSyncAt: row.int64("last_sync_at").map(Timestamp.init(milliseconds:)),
            clockOffset: row.int64("clock_offset_ms").map { offset in
                ClockOffset(milliseconds: offset, measuredAt: Timestamp(milliseconds: row.int64("clock_measured_at") ?? 0))
            })
    }
}
