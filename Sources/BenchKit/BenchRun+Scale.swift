import ArgumentKit
import FieldCore
import Foundation

/// The scale rows: a `fieldkit-server` filled with many notes over HTTP (its peak memory), an
/// incremental sync on it against the same sync on a small store, and the coordinators' reads.
extension BenchRun {
    func scaleRows() throws -> [Figure] {
        let scale = options.scale
        guard let binary = SiblingBinary.path("fieldkit-server") else {
            return Self.scaleNotMeasured(notes: scale.notes, reason: "no fieldkit-server binary beside fieldkit-bench (swift build -c release)")
        }
        let largePath = scale.reusedStore ?? directory + "/scale-\(scale.notes).db"
        let base = try ScaleServer(binary: binary, storePath: directory + "/scale-base.db")
        defer { base.stop() }
        let baseRate = try base.ingest(scale.base, label: "base store")
        let large = try ScaleServer(binary: binary, storePath: largePath)
        defer { large.stop() }
        let notes = try scale.reusedStore.map { _ in try StoreSample(storePath: largePath).noteCount() } ?? scale.notes
        var figures = [try memory(large, notes: notes, baseRate: baseRate)]
        figures.append(try incrementalSync(large: large, base: base, notes: notes))
        large.stop()
        base.stop()
        figures += try coordinatorRows(storePath: largePath, notes: notes)
        if options.keep && scale.reusedStore == nil {
            Console.say("scale store of \(notes) notes kept: reuse it with --scale-store \(largePath)")
        }
        return figures
    }

    /// Ingests the large store (unless reused) and reads the server's peak resident memory.
    private func memory(_ large: ScaleServer, notes: Int, baseRate: Double) throws -> Figure {
        let name = "server peak RSS ingesting \(notes) notes"
        guard options.scale.reusedStore == nil else {
            return .notMeasured(name, unit: "MB", direction: .lowerIsBetter, target: 150, targetKind: .absolute,
                                reason: "not measured (reused store: no ingest in this run)")
        }
        let rate = try large.ingest(notes, label: "large store")
        let peak = large.peakResidentBytes.map { Double($0) / 1_048_576 }
        return .absolute(name, unit: "MB", direction: .lowerIsBetter, value: peak, target: 150,
                         note: "VmHWM of the fieldkit-server process after \(notes) new notes pushed over HTTP in batches of "
                             + "\(ScaleServer.batchSize) by \(ScaleServer.writers) writers at once: ingest \(Int(rate)) records/s "
                             + "(the \(options.scale.base)-note base store: \(Int(baseRate)) records/s); MB = 2^20 bytes")
    }

    /// The same push-then-pull of 100 changes, alternately on the large and the base store.
    private func incrementalSync(large: ScaleServer, base: ScaleServer, notes: Int) throws -> Figure {
        let runs = options.scale.syncRuns
        Console.say("incremental sync: \(runs) rounds of \(IncrementalSync.changes) changes on each store…")
        let onLarge = try Self.syncDevice(large, edits: runs * IncrementalSync.changes / 2)
        let onBase = try Self.syncDevice(base, edits: runs * IncrementalSync.changes / 2)
        var (largeSamples, baseSamples) = ([Double](), [Double]())
        for _ in 0..<runs {
            largeSamples.append(try onLarge.round())
            baseSamples.append(try onBase.round())
        }
        return Figure(name: "incremental sync, 100 changes, \(notes) notes", unit: "ms", direction: .lowerIsBetter,
                      value: Stopwatch.median(largeSamples) * 1000, baseline: Stopwatch.median(baseSamples) * 1000, target: 1.5,
                      note: "median of \(runs): push of 50 edits of stored notes + 50 new notes, then pull of those 100 changes "
                          + "from the cursor before the push, HTTPSyncTransport to a fieldkit-server process; "
                          + "baseline: the same on a \(options.scale.base)-note store, rounds alternating")
    }

    /// A device synced up to the end of `server`'s feed, holding `edits` notes (as stored) to edit.
    private static func syncDevice(_ server: ScaleServer, edits: Int) throws -> IncrementalSync {
        let sample = StoreSample(storePath: server.storePath)
        let last = try sample.lastSeq()
        // Seeded by the feed's end, so a reused store never sees the same new ids twice.
        let seed = 0x5EED_0000 ^ UInt64(last)
        return IncrementalSync(url: server.server.url, token: server.syncToken, device: DeviceID("bench-sync-\(String(seed, radix: 16))"),
                               cursor: "\(server.storeID).\(last)", editable: try sample.notes(edits, seed: seed), seed: seed)
    }

    /// The filtered list and the report over the large store, in process, the server stopped.
    private func coordinatorRows(storePath: String, notes: Int) throws -> [Figure] {
        let scale = options.scale
        let bench = CoordinatorBenchmark(storePath: storePath)
        Console.say("coordinator: \(scale.listRuns) filtered lists, \(scale.reportRuns) reports…")
        let pairs = try StoreSample(storePath: storePath).neighbourhoodWeeks(scale.listRuns, seed: 0xC00D)
        let (list, matches) = try bench.list(runs: scale.listRuns, pairs: pairs)
        let report = try bench.report(runs: scale.reportRuns)
        let listNote = "review list --neighbourhood N --from MONDAY --to SUNDAY, first page of 50 and the total "
            + "(CentralStore.reviewNotes + countNotes), \(Self.runs(list, of: scale.listRuns)) over neighbourhood/week pairs drawn from the data, "
            + "\(matches) matching notes on average; nearest-rank percentiles"
        let reportNote = "review report with no filter, as the report page (CentralStore.report: per neighbourhood, topic "
            + "and week, with chart cells) over all notes, \(Self.runs(report, of: scale.reportRuns)); nearest-rank percentiles"
        return [
            Self.latencyRow("coordinator list p50, \(notes) notes", list.p50, listNote),
            Self.latencyRow("coordinator list p99, \(notes) notes", list.p99, "the same lists as the p50 row"),
            Self.latencyRow("coordinator report p50, \(notes) notes", report.p50, reportNote),
            Self.latencyRow("coordinator report p99, \(notes) notes", report.p99, "the same reports as the p50 row"),
        ]
    }

    /// `50 runs`, or `7 runs (of 10: the 60 s budget ran out)`.
    private static func runs(_ latency: CoordinatorBenchmark.Latency, of asked: Int) -> String {
        latency.runs == asked ? "\(asked) runs"
            : "\(latency.runs) runs (of \(asked): the \(Int(CoordinatorBenchmark.budgetSeconds)) s budget ran out)"
    }

    private static func latencyRow(_ name: String, _ seconds: Double, _ note: String) -> Figure {
        .absolute(name, unit: "ms", direction: .lowerIsBetter, value: seconds * 1000, target: 100, note: note)
    }

    /// The scale rows without numbers, saying why.
    static func scaleNotMeasured(notes: Int, reason: String) -> [Figure] {
        [Figure.notMeasured("server peak RSS ingesting \(notes) notes", unit: "MB", direction: .lowerIsBetter, target: 150,
                            targetKind: .absolute, reason: reason),
         Figure.notMeasured("incremental sync, 100 changes, \(notes) notes", unit: "ms", direction: .lowerIsBetter, target: 1.5, reason: reason)]
            + ["list p50", "list p99", "report p50", "report p99"].map {
                Figure.notMeasured("coordinator \($0), \(notes) notes", unit: "ms", direction: .lowerIsBetter, target: 100,
                                   targetKind: .absolute, reason: reason)
            }
    }
}
