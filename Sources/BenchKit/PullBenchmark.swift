import FieldCore
import FieldStore
import Foundation

/// Row 2: reading the central store's change feed as the server serves it: `pull(after:limit:)`
/// pages, each encoded to the wire JSON (`PullResponse.wireValue` through `JSONWriter`).
struct PullBenchmark {
    let storePath: String
    let pageSize: Int

    /// Records read and encoded per second, from cursor 0 to the end of the feed.
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
        let page = try store.pull(after: cursor, limit: limit)
        let response = PullResponse(records: page.records, cursor: page.cursor, more: page.more, serverTime: .now())
        let body = JSONWriter.write(response.wireValue)
        precondition(!body.isEmpty)
        return (page.records.count, page.cursor, page.more)
    }
}
