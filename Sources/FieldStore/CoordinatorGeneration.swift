import FieldCore
import SQLiteKit

/// Which generation of coordinator actor ids a central store writes under: one more after each restore.
///
/// A coordinator's write takes the next counter of their actor on that record. A restored store
/// has forgotten the writes made after its backup, so it would hand out a counter that laptops
/// already hold with other content: the versions would look equal and the copies would stay
/// different for good, with no error. After a restore, coordinators therefore write under a new
/// actor id (`coord:carla-smit.r1`), whose counters start afresh and can never collide.
enum CoordinatorGeneration {
    /// The generation recorded in the store (0 when never restored).
    static func current(in connection: Connection) throws -> Int {
        Int(try MetaTable.value(MetaTable.coordinatorGeneration, in: connection) ?? "0") ?? 0
    }

    /// Moves the store to the next generation; `StoreRestore` calls it on the restored copy.
    static func advance(in connection: Connection) throws {
        try MetaTable.set(MetaTable.coordinatorGeneration, String(try current(in: connection) + 1), in: connection)
    }

    /// `author` as this store's generation writes: coordinator actors get the generation suffix.
    static func author(_ author: Author, in connection: Connection) throws -> Author {
        let generation = try current(in: connection)
        guard generation > 0, author.device.rawValue.hasPrefix("coord:") else { return author }
        return Author(device: DeviceID(author.device.rawValue + ".r\(generation)"), officer: author.officer, at: author.at)
    }
}
