import FieldCore
import SQLiteKit

/// The change feed devices pull from.
extension CentralStore {
    /// Records changed after `cursor` (all records when nil), oldest change first, at most `limit`.
    ///
    /// A cursor is `<store id>.<sequence>`: opaque to clients, and tied to this store so that a
    /// cursor from a replaced store is refused rather than silently skipping changes.
    public func pull(after cursor: String?, limit: Int) throws -> PullPage {
        let page = try pullStored(after: cursor, limit: limit)
        return PullPage(records: try page.records.map(RecordTable.decode), cursor: page.cursor, more: page.more)
    }

    /// The same page as `pull`, with each record left as stored text: what the server sends.
    public func pullStored(after cursor: String?, limit: Int) throws -> (records: [StoredRecordText], cursor: String, more: Bool) {
        let after = try sequence(from: cursor)
        let rows = try read {
            try connection.cachedStatement("SELECT \(RecordTable.columns), seq FROM records WHERE seq > ? ORDER BY seq LIMIT ?")
                .query([.integer(after), .integer(Int64(limit) + 1)])
        }
        let page = rows.prefix(limit)
        let last = page.last?.int64("seq") ?? after
        return (page.map(RecordTable.storedText), "\(storeID).\(last)", rows.count > limit)
    }

    private func sequence(from cursor: String?) throws -> Int64 {
        guard let cursor, !cursor.isEmpty else { return 0 }
        let parts = cursor.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[1]), seq >= 0 else { throw CursorError.malformed }
        guard parts[0] == storeID else { throw CursorError.unknownStore }
        return seq
    }
}

/// Whole-store reads, for checks and exports.
extension CentralStore {
    /// Every record (notes and stands, tombstones included), ordered by id.
    public func allRecords() throws -> [Record] {
        try read { try connection.query("SELECT \(RecordTable.columns) FROM records ORDER BY id").map(RecordTable.decode) }
    }
}
