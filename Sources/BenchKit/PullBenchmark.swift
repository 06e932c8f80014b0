import FieldCore
import FieldStore
import Foundation

/// Row 2: reading the central store's change feed as `GET /v1/pull` serves it (SyncHandlers.pull):
/// `pullStored(after:limit:)` pages of stored text, each spliced into the wire body by
/// `PullResponse.wireBody`, without decoding a record.
struct PullBenchmark {
    let storePath: String
    let pageSize: Int

    /// Records read and spliced into wire bodies per second, from cursor 0 to the end of the feed.
    func wholeFeed() throws -> (recordsPerSecond: Double, records: Int) {
        let store = try CentralStore.open(at: storePath)
        defer { try? store.close() }
        let (records, seconds) = try Stopwatch.time {
            var cursor: String? = nil
            var count = 0
            while true {
                let page = try servePage(store, after: cursor, limit: pageSize)
                count += page.records
                cursor = page.cursor
                if !page.more { return count }
            }
        }
        return (Double(records) / seconds, records)
    }

    /// Median seconds to serve the last `changes` changes of the feed, over `runs` runs.
    func recentChanges(_ changes: Int, lastSeq: Int64, runs: Int) throws -> Double {
        let store = try CentralStore.open(at: storePath)
        defer { try? store.close() }
        let cursor = "\(store.storeID).\(max(0, lastSeq - Int64(changes)))"
        var samples: [Double] = []
        for _ in 0..<runs {
            samples.append(try Stopwatch.time { try servePage(store, after: cursor, limit: pageSize) }.seconds)
        }
        return Stopwatch.median(samples)
    }

    /// One page as `GET /v1/pull` builds its body (SyncHandlers.pull), without the socket.
    private func servePage(_ store: CentralStore, after cursor: String?, limit: Int) throws -> (records: Int, cursor: String, more: Bool) {
        let page = try store.pullStored(after: cursor, limit: limit)
        let body = PullResponse.wireBody(records: page.records, cursor: page.cursor, more: page.more, serverTime: .now())
        precondition(!body.isEmpty)
        return (page.records.count, page.cursor, page.more)
    }
}
