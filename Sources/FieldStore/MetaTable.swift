import SQLiteKit

/// Key-value settings of a store: identity, sync server and checkpoints.
enum MetaTable {
    static let deviceID = "device_id"
    static let officer = "officer"
    static let createdAt = "created_at"
    static let serverURL = "server_url"
    static let token = "token"
    static let pushedThrough = "pushed_through"
    static let pullCursor = "pull_cursor"
    static let storeID = "store_id"
    /// The device's clock offset from the server's (server minus device, ms) at the last sync, and
    /// when that was measured by the device's clock (ClockOffset).
    static let clockOffset = "clock_offset_ms"
    static let clockMeasuredAt = "clock_measured_at"
    /// The end of a central store's relay window after a restore, in milliseconds (RelayWindow).
    static let relayUntil = "relay_until"
    /// How many times a central store was restored from a backup (CoordinatorGeneration).
    static let coordinatorGeneration = "coordinator_generation"
    /// The last audit entry of a central store, `<seq>:<hash>`, so removing entries from the end shows (AuditTable).
    static let auditHead = "audit_head"
    /// The store id under which a central store's audit chain began; its first entry hashes from it (AuditChain).
    static let auditOrigin = "audit_origin"
    /// Keys of server secrets (`secret.review_session`); their values are never logged.
    static let secretPrefix = "secret."

    static func value(_ key: String, in connection: Connection) throws -> String? {
        try connection.cachedStatement("SELECT value FROM meta WHERE key = ?").query([.text(key)]).first?.string("value")
    }

    static func set(_ key: String, _ value: String?, in connection: Connection) throws {
        if let value {
            try connection.cachedStatement("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                .execute([.text(key), .text(value)])
        } else {
            try connection.cachedStatement("DELETE FROM meta WHERE key = ?").execute([.text(key)])
        }
    }
}
