import SQLiteKit

/// Row 2's baseline: a raw range scan of the same store's `records` by change sequence, reading
/// the stored columns a pull returns (id, kind, version, fields), in pages of the same size.
struct RangeScanBaseline {
    let storePath: String
    let pageSize: Int
    private static let sql = "SELECT id, kind, version, fields, seq FROM records WHERE seq > ? ORDER BY seq LIMIT ?"

    /// Rows read per second over the whole table, and the last sequence number seen.
    func wholeFeed() throws -> (rowsPerSecond: Double, rows: Int, lastSeq: Int64) {
        let connection = try Connection(path: storePath, mode: .readOnly)
        defer { try? connection.close() }
        let ((rows, last), seconds) = try Stopwatch.time {
            var after: Int64 = 0
            var total = 0
            while true {
                let (count, last) = try scan(connection, after: after, limit: pageSize)
                total += count
                if count < pageSize { return (total, last ?? after) }
                after = last ?? after
            }
        }
        return (Double(rows) / seconds, rows, last)
    }

    /// Median seconds to read the last `changes` rows, over `runs` runs.
    func recentChanges(_ changes: Int, lastSeq: Int64, runs: Int) throws -> Double {
        let connection = try Connection(path: storePath, mode: .readOnly)
        defer { try? connection.close() }
        var samples: [Double] = []
        for _ in 0..<runs {
            samples.append(try Stopwatch.time { try scan(connection, after: max(0, lastSeq - Int64(changes)), limit: pageSize) }.seconds)
        }
        return Stopwatch.median(samples)
    }

    /// Reads one page, touching every stored byte so nothing is skipped; returns its size and last seq.
    private func scan(_ connection: Connection, after: Int64, limit: Int) throws -> (Int, Int64?) {
        var count = 0
        var bytes = 0
        var last: Int64?
        try connection.cachedStatement(Self.sql).forEachRow([.integer(after), .integer(Int64(limit))]) { row in
            bytes += (row.string("id")?.utf8.count ?? 0) + (row.string("kind")?.utf8.count ?? 0)
            bytes += (row.string("version")?.utf8.count ?? 0) + (row.string("fields")?.utf8.count ?? 0)
            last = row.int64("seq")
            count += 1
        }
        precondition(bytes > 0 || count == 0)
        return (count, last)
    }
}
