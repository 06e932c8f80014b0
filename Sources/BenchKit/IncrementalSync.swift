import FieldCore
import Foundation
import LoadGenerator
import SyncClient

/// One device's incremental sync against a running server, timed: push 100 changes (half edits
/// of stored notes, half new notes), then pull those 100 changes from the cursor it held before,
/// through the real `HTTPSyncTransport`.
///
/// Each round is fresh work: new notes with new ids, and edits of notes as the server holds them
/// (after a round, the server's state of an edited note is exactly the record pushed, which the
/// round keeps for the next edit of it).
final class IncrementalSync {
    static let changes = 100
    private let transport: HTTPSyncTransport
    private let device: DeviceID
    private var cursor: String
    /// Notes to edit, as the server holds them; rounds take the next ones in turn.
    private var editable: [Record]
    private var nextEdit = 0
    private var random: SplitMix64
    private var clock = Timestamp(milliseconds: 1_900_000_000_000)

    init(url: URL, token: String, device: DeviceID, cursor: String, editable: [Record], seed: UInt64) {
        transport = HTTPSyncTransport(baseURL: url, token: token, device: device, timeout: 120)
        (self.device, self.cursor, self.editable) = (device, cursor, editable)
        random = SplitMix64(seed: seed)
    }

    /// Seconds of one round: the push and the pull, not the drawing of the changes.
    func round() throws -> Double {
        let records = drawChanges()
        let (pulled, seconds) = try Stopwatch.time { () throws -> Int in
            _ = try transport.push(PushRequest(device: device, records: records))
            var count = 0
            while true {
                let page = try transport.pull(cursor: cursor, limit: SyncProtocol.defaultPullLimit)
                count += page.records.count
                cursor = page.cursor
                if !page.more { return count }
            }
        }
        guard pulled == records.count else {
            throw SyncFailure.badResponse("pulled \(pulled) changes after pushing \(records.count); someone else is writing to the store")
        }
        return seconds
    }

    /// Half edits (fewer when the store has fewer than 50 notes to edit), the rest new notes.
    private func drawChanges() -> [Record] {
        var records: [Record] = []
        let edits = min(Self.changes / 2, editable.count)
        for _ in 0..<edits {
            let index = nextEdit % editable.count
            nextEdit += 1
            guard let edited = editable[index].writing(NoteContent.changes(using: &random), by: author()) else { continue }
            editable[index] = edited
            records.append(edited)
        }
        while records.count < Self.changes {
            let author = author()
            records.append(Record.created(id: random.recordID(), kind: .note,
                                          values: NoteContent.values(officer: author.officer, at: author.at, using: &random), by: author))
        }
        return records
    }

    private func author() -> Author {
        clock = clock.adding(milliseconds: 1000)
        return Author(device: device, officer: "Bench Sync Officer", at: clock)
    }
}
