import FieldCore
import FieldStore

/// Row 1: the central store's real `push(_:from:)` merging a workload into a fresh file on disk,
/// each batch one durable (WAL, synchronous=FULL) transaction, as the server does it.
struct MergeBenchmark {
    let workload: Workload
    let storePath: String
    /// Notes pushed, untimed, before the workload.
    let prefill: Prefill

    /// Records merged per second, leaving the store at `storePath` for the pull benchmark.
    func run() throws -> Double {
        let store = try CentralStore.openOrCreate(at: storePath)
        try prefill.forEachBatch { _ = try store.push($0.records, from: $0.device) }
        let (_, seconds) = try Stopwatch.time {
            for batch in workload.batches {
                _ = try store.push(batch.records, from: batch.device)
            }
        }
        try store.close()
        return Double(workload.recordCount) / seconds
    }
}
