import FieldCore
import Foundation
import SyncClient

/// Everything the server serves, read through the protocol by a device of its own: what "on the server" means.
struct FeedSnapshot: Sendable {
    /// Records by id, in their latest served state.
    let records: [String: Record]
    /// Ids served more than once in one read of the whole feed (each change has one place in it).
    let repeatedIDs: Set<String>

    /// Pulls the whole change feed from the start, in pages of the protocol's largest size.
    static func read(from server: URL, token: String, device: DeviceID) throws -> FeedSnapshot {
        let transport = HTTPSyncTransport(baseURL: server, token: token, device: device)
        var records: [String: Record] = [:]
        var repeated: Set<String> = []
        var cursor: String?
        while true {
            let page = try transport.pull(cursor: cursor, limit: SyncProtocol.maximumPullLimit)
            for record in page.records {
                if records.updateValue(record, forKey: record.id) != nil { repeated.insert(record.id) }
            }
            cursor = page.cursor
            if !page.more || page.records.isEmpty { break }
        }
        return FeedSnapshot(records: records, repeatedIDs: repeated)
    }
}
