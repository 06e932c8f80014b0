import FieldCore
import LoadGenerator

/// New notes that fill a store before a figure is measured, so the figure is taken on a large
/// store rather than an empty one. Drawn a batch at a time and not kept, so a million fit in memory.
struct Prefill {
    let count: Int
    let batchSize: Int
    /// The seed of the note ids and contents: writers with different seeds never share an id.
    var seed: UInt64 = 0xF1
    var device = DeviceID("bench-prefill")
    /// When the first note is recorded, and the time between one note and the next.
    var start = Timestamp(milliseconds: 1_700_000_000_000)
    var spacingMilliseconds: Int64 = 1000

    /// Calls `body` with each batch of new notes, `count` in all, ids disjoint from the measured workload's.
    func forEachBatch(_ body: (PushWork) throws -> Void) rethrows {
        var random = SplitMix64(seed: seed)
        var remaining = count
        var at = start
        while remaining > 0 {
            let size = min(batchSize, remaining)
            let records = (0..<size).map { _ in
                at = at.adding(milliseconds: spacingMilliseconds)
                let author = Author(device: device, officer: "officer \(device.rawValue)", at: at)
                return Record.created(id: random.recordID(), kind: .note,
                                      values: NoteContent.values(officer: author.officer, at: at, using: &random), by: author)
            }
            try body(PushWork(device: device, records: records))
            remaining -= size
        }
    }
}
