import FieldCore
import SQLiteKit

/// The time after a restore from a backup during which the push guard accepts relayed writes.
///
/// A restored store has seen fewer writes than the devices have: when two officers both edited a
/// note after the backup, each laptop's copy claims the other's newer counter, and the ordinary
/// guard would refuse both as forged (a deadlock). For a bounded time after the admin's explicit
/// `restore`, a push may therefore advance another device's counter (a relay); every other check
/// stays. Outside a window, which is always the case on a store that was never restored, the
/// guard refuses such a push as before.
public struct RelayWindow: Sendable, Equatable {
    /// How long a window stays open when the admin does not say.
    public static let defaultDays = 14
    /// The longest window `restore` opens: the guard is weaker while it is open.
    public static let maximumDays = 365

    /// When the window closes; nil when the store has none.
    public let end: Timestamp?

    public init(end: Timestamp?) {
        self.end = end
    }

    /// The window of `days` days starting at `now`.
    public static func opening(days: Int, at now: Timestamp) -> RelayWindow {
        RelayWindow(end: now.adding(milliseconds: Int64(days) * 86_400_000))
    }

    /// Whether relays are accepted at `now`.
    public func isOpen(at now: Timestamp) -> Bool {
        guard let end else { return false }
        return now < end
    }

    /// The window recorded in the store's meta table (none when the key is absent or unreadable).
    static func load(in connection: Connection) throws -> RelayWindow {
        let text = try MetaTable.value(MetaTable.relayUntil, in: connection)
        return RelayWindow(end: text.flatMap(Int64.init).map(Timestamp.init(milliseconds:)))
    }

    /// Records this window in the store's meta table, replacing any earlier one.
    func save(in connection: Connection) throws {
        try MetaTable.set(MetaTable.relayUntil, end.map { String($0.milliseconds) }, in: connection)
    }
}
