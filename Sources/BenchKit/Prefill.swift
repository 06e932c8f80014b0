import FieldCore
import LoadGenerator

/// New notes that fill a store before a figure is measured, so the figure is taken on a large
/// store rather than an empty one. Drawn a batch at a time and not kept, so a million fit in memory.
struct Prefill {
    let count: Int
    let batchSize: Int
    private static let device = DeviceID("bench-prefill")

    /// Calls `body` with each batch of new notes, `count` in all, ids disjoint from the measured workload's.
    func forEachBatch(_ body: (PushWork) throws -> Void) rethrows {
        var random = SplitMix64(seed: 0xF1)
        var remaining = count
        var at = Timestamp(milliseconds: 1_700_000_000_000)
        while remaining > 0 {
            let size = min(batchSize, remaining)
            let records = (0..<size).map { _ in
                at = at.adding(milliseconds: 1000)
                let author = Author(device: Self.device, officer: "officer prefill", at: at)
                return Record.created(id: random.recordID(), kind: .note,
                                      values: NoteContent.values(officer: author.officer, at: at, using: &random), by: author)
            }
            try body(PushWork(device: Self.device, records: records))
            remaining -= size
        }
    }
}
