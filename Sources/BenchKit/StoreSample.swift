import FieldCore
import LoadGenerator
import SQLiteKit

/// Untimed reads of a central store, beside the server running on it (WAL lets a reader in): the
/// end of its change feed, notes to edit exactly as stored, and what coordinators filter on.
struct StoreSample {
    let storePath: String

    /// The last change sequence number: 0 for an empty store.
    func lastSeq() throws -> Int64 {
        try withConnection { try $0.scalar("SELECT coalesce(max(seq), 0) FROM records").int64 ?? 0 }
    }

    /// Notes that are not deleted, for the row names of a reused store.
    func noteCount() throws -> Int {
        try withConnection { try $0.scalar("SELECT count(*) FROM records WHERE kind = 'note' AND deleted = 0").int ?? 0 }
    }

    /// Up to `count` distinct live notes picked at random over the whole feed, decoded from their
    /// stored text, so an edit of one is what a device holding the server's state would push.
    func notes(_ count: Int, seed: UInt64) throws -> [Record] {
        let last = try lastSeq()
        guard last > 0 else { return [] }
        var random = SplitMix64(seed: seed)
        var picked: [String: Record] = [:]
        try withConnection { connection in
            let statement = try connection.cachedStatement(Self.nextChange)
            for _ in 0..<(count * 4) where picked.count < count {
                guard let row = try statement.queryOne([.integer(Int64.random(in: 1...last, using: &random))]),
                      Self.isLiveNote(row), let id = row.string("id"), picked[id] == nil else { continue }
                picked[id] = try Record(id: id, kind: .note, storedVersion: row.string("version") ?? "{}",
                                        storedFields: row.string("fields") ?? "{}")
            }
        }
        return picked.values.sorted { $0.id < $1.id }
    }

    /// `count` neighbourhood and week pairs of notes picked at random over the whole feed (so busy
    /// weeks come up more often, as they would for a coordinator); weeks start on Monday, UTC.
    func neighbourhoodWeeks(_ count: Int, seed: UInt64) throws -> [(neighbourhood: String, weekStart: Timestamp)] {
        let last = try lastSeq()
        guard last > 0 else { return [] }
        var random = SplitMix64(seed: seed)
        return try withConnection { connection in
            let statement = try connection.cachedStatement(Self.nextChange)
            return try (0..<count).compactMap { _ in
                guard let row = try statement.queryOne([.integer(Int64.random(in: 1...last, using: &random))]),
                      Self.isLiveNote(row), let neighbourhood = row.string("neighbourhood"), let at = row.int64("recorded_at") else { return nil }
                let day = at / 86_400_000
                // 1970-01-01 was a Thursday: +3 makes Monday day 0 of the week.
                return (neighbourhood, Timestamp(milliseconds: (day - (day + 3) % 7) * 86_400_000))
            }
        }
    }

    /// The first change at or after a sequence number. Only `seq` in the condition: with `kind`
    /// there too, SQLite's planner (no statistics on a fresh store) reads every note through the
    /// `(kind, recorded_at)` index and sorts them, a whole-table pass per pick.
    private static let nextChange = """
        SELECT id, kind, deleted, version, fields, neighbourhood, recorded_at FROM records WHERE seq >= ? ORDER BY seq LIMIT 1
        """

    private static func isLiveNote(_ row: Row) -> Bool {
        row.string("kind") == RecordKind.note.rawValue && row.int64("deleted") == 0
    }

    private func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try Connection(path: storePath, mode: .readOnly)
        defer { try? connection.close() }
        return try body(connection)
    }
}
