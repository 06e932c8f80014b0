import ArgumentKit
import Foundation

/// The sizes of the scale rows: the large store, the base store the incremental sync is compared
/// with, and how often each latency is sampled.
struct ScaleOptions: Sendable {
    /// Notes in the large store (`--scale-notes`): memory, incremental sync and coordinator rows.
    var notes = 1_000_000
    /// Notes in the base store the incremental sync is compared with (`--scale-base`).
    var base = 10_000
    /// Push-then-pull rounds of 100 changes on each store; the median counts.
    var syncRuns = 20
    /// Filtered coordinator lists, each on another neighbourhood and week.
    var listRuns = 50
    /// Runs of the coordinator report.
    var reportRuns = 10
    /// An existing large store to reuse (`--scale-store`): no ingest, so memory is not measured.
    var reusedStore: String?

    init() {}

    init(parsed: ParsedArguments, quick: Bool) throws {
        if quick { (notes, syncRuns, listRuns, reportRuns) = (20_000, 10, 20, 5) }
        notes = try BenchOptions.count(parsed, "scale-notes", default: notes, in: 100...100_000_000)
        base = try BenchOptions.count(parsed, "scale-base", default: base, in: 100...100_000_000)
        syncRuns = try BenchOptions.count(parsed, "sync-runs", default: syncRuns, in: 1...1_000)
        listRuns = try BenchOptions.count(parsed, "list-runs", default: listRuns, in: 1...10_000)
        reportRuns = try BenchOptions.count(parsed, "report-runs", default: reportRuns, in: 1...1_000)
        if let path = parsed.string("scale-store") {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError.usage("--scale-store: no store at \(path); build one with --only scale --keep")
            }
            reusedStore = path
        }
    }
}
