import Foundation
import SQLiteKit

/// What a crash check needs from one store file, read straight from SQLite (not through FieldStore),
/// so the checks do not trust the code they check.
struct StoreSnapshot {
    /// One record: its kind, version vector (device id → counter) and tombstone flag.
    struct Entry: Equatable {
        let kind: String
        let version: [String: Int]
        let deleted: Bool
    }

    let path: String
    var records: [String: Entry] = [:]
    /// Rows in `records` minus distinct ids: above 0 only if a record is stored twice.
    var duplicateRows = 0
    /// `PRAGMA integrity_check` said "ok".
    var integrityOK = false
    /// Device stores: the push checkpoint, the pull cursor and each record's latest local change.
    var pushedThrough: Int64 = 0
    var pullCursor: String?
    var latestChange: [String: Int64] = [:]
    /// Server stores: each record's place in the change feed.
    var feedSeq: [String: Int64] = [:]

    /// Reads a device store (`isServer` false) or the server store.
    init(path: String, isServer: Bool) throws {
        self.path = path
        let connection = try Connection(path: path, mode: .readWrite)
        defer { try? connection.close() }
        integrityOK = try connection.integrityCheck() == ["ok"]
        for row in try connection.query("SELECT id, kind, version, deleted\(isServer ? ", seq" : "") FROM records") {
            let id = row.string("id") ?? ""
            records[id] = Entry(kind: row.string("kind") ?? "", version: Self.vector(row.string("version") ?? ""),
                                deleted: row.int64("deleted") == 1)
            if isServer { feedSeq[id] = row.int64("seq") }
        }
        let rows = try connection.scalar("SELECT count(*) - count(DISTINCT id) FROM records").int64 ?? 0
        duplicateRows = Int(rows)
        guard !isServer else { return }
        pushedThrough = try Int64(connection.scalar("SELECT value FROM meta WHERE key = 'pushed_through'").string ?? "0") ?? 0
        pullCursor = try connection.scalar("SELECT value FROM meta WHERE key = 'pull_cursor'").string
        for row in try connection.query("SELECT record_id, max(seq) AS latest FROM changes GROUP BY record_id") {
            latestChange[row.string("record_id") ?? ""] = row.int64("latest")
        }
    }

    /// Ids of the notes held (tombstones included).
    var noteIDs: Set<String> { Set(records.filter { $0.value.kind == "note" }.keys) }

    /// The change-feed position a pull cursor `<store id>.<seq>` stands for; 0 for none.
    var pullCursorSeq: Int64 {
        guard let cursor = pullCursor, let last = cursor.split(separator: ".").last else { return 0 }
        return Int64(last) ?? 0
    }

    /// Decodes a stored version vector (canonical JSON object of counters).
    static func vector(_ text: String) -> [String: Int] {
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        return (object as? [String: Int]) ?? ["<unreadable version>": -1]
    }

    /// Whether version `a` has seen every write `b` has seen.
    static func descends(_ a: [String: Int], from b: [String: Int]) -> Bool {
        b.allSatisfy { device, counter in (a[device] ?? 0) >= counter }
    }
}
