import ArgumentKit
import Foundation

/// One benchmark run: builds the workload, then measures each figure and its baseline in turn.
struct BenchRun {
    let options: BenchOptions
    let directory: String

    func run() throws -> BenchReport {
        var figures: [Figure] = []
        var sizes = ["groups": BenchGroup.allCases.filter(options.runs).map(\.rawValue).joined(separator: ",")]
        if BenchGroup.allCases.contains(where: { options.runs($0) && $0.needsWorkload }) {
            figures += try workloadRows(sizes: &sizes)
        }
        if options.runs(.cli) {
            figures.append(try cli())
            sizes["cli-runs"] = "\(options.cliRuns)"
        }
        if options.runs(.scale) {
            figures += try scaleRows()
            let scale = options.scale
            sizes["scale-notes"] = scale.reusedStore.map { "reused \($0)" } ?? "\(scale.notes)"
            sizes["scale-base"] = "\(scale.base)"
            sizes["sync-runs"] = "\(scale.syncRuns)"
            sizes["list-runs"] = "\(scale.listRuns)"
            sizes["report-runs"] = "\(scale.reportRuns)"
        }
        if options.runs(.rate) {
            figures.append(try rate())
            sizes["rate-seconds"] = "\(options.rateSeconds)"
        }
        return BenchReport(sizes: sizes, figures: figures)
    }

    /// The rows over the merge workload (merge, pull, push over HTTP), with its upsert baseline.
    private func workloadRows(sizes: inout [String: String]) throws -> [Figure] {
        Console.say("building \(options.notes) records in batches of \(options.batch)…")
        let workload = Workload.make(notes: options.notes, batchSize: options.batch)
        let storePath = directory + "/central.db"
        Console.say("baseline: plain upsert…")
        let prefill = Prefill(count: options.largeStore, batchSize: options.batch)
        let upserts = try UpsertBaseline(workload: workload, path: directory + "/baseline.db", prefill: prefill).run()
        var figures: [Figure] = []
        if options.runs(.merge) { figures.append(try merge(workload, baseline: upserts, storePath: storePath, prefill: prefill)) }
        if options.runs(.pull) { figures += try pull(storePath: storePath) }
        if options.runs(.http) { figures.append(try httpPush(workload, baseline: upserts)) }
        sizes.merge([
            "records": "\(workload.recordCount)", "batch": "\(options.batch)", "new": "\(workload.newNotes)",
            "updates": "\(workload.sequentialUpdates)", "concurrent-updates": "\(workload.concurrentUpdates)",
            "stored-bytes-per-record": "\(workload.averageStoredBytes)", "large-store": "\(options.largeStore)",
        ]) { $1 }
        if options.runs(.pull) { sizes["pull-runs"] = "\(options.pullRuns)" }
        return figures
    }

    private func merge(_ workload: Workload, baseline: Double, storePath: String, prefill: Prefill) throws -> Figure {
        Console.say("merge: CentralStore.push…")
        let value = try MergeBenchmark(workload: workload, storePath: storePath, prefill: prefill).run()
        return Figure(name: "merge, storage only (CentralStore.push)", unit: "records/s", direction: .higherIsBetter,
                      value: value, baseline: baseline, target: 0.6,
                      note: "push of \(options.batch)-record batches from 4 devices into a file store holding \(options.largeStore) notes; baseline: "
                          + "INSERT … ON CONFLICT(id) DO UPDATE of the same id/version/fields text, WAL + synchronous=FULL, one transaction per batch")
    }

    private func pull(storePath: String) throws -> [Figure] {
        let pageSize = options.batch
        Console.say("baseline: range scan…")
        let scan = RangeScanBaseline(storePath: storePath, pageSize: pageSize)
        let scanned = try scan.wholeFeed()
        Console.say("pull: CentralStore.pullStored + PullResponse.wireBody…")
        let pull = PullBenchmark(storePath: storePath, pageSize: pageSize)
        let pulled = try pull.wholeFeed()
        guard pulled.records == scanned.rows else {
            throw CommandError("pull read \(pulled.records) records but the scan read \(scanned.rows)", exitCode: .software)
        }
        let recentBaseline = try scan.recentChanges(100, lastSeq: scanned.lastSeq, runs: options.pullRuns)
        let recent = try pull.recentChanges(100, lastSeq: scanned.lastSeq, runs: options.pullRuns)
        return [
            Figure(name: "pull whole feed (stored text + wire body)", unit: "records/s", direction: .higherIsBetter,
                   value: pulled.recordsPerSecond, baseline: scanned.rowsPerSecond, target: 0.4,
                   note: "\(pulled.records) records from cursor 0 in pages of \(pageSize), each read and spliced into its body as "
                       + "GET /v1/pull does (CentralStore.pullStored + PullResponse.wireBody, no decoding); "
                       + "baseline: SELECT id, kind, version, fields, seq … WHERE seq > ? ORDER BY seq LIMIT ?"),
            Figure(name: "pull last 100 changes (stored text + wire body)", unit: "ms", direction: .lowerIsBetter,
                   value: recent * 1000, baseline: recentBaseline * 1000, target: 2.5,
                   note: "median of \(options.pullRuns); target 2.5x time = 0.4 of the scan's speed"),
        ]
    }

    private func cli() throws -> Figure {
        let name = "fieldkit log, whole process"
        guard options.cliRuns > 0 else {
            return .notMeasured(name, unit: "ms", direction: .lowerIsBetter, target: 3, reason: "skipped (--cli-runs 0)")
        }
        guard let fieldkit = SiblingBinary.path("fieldkit"), let sqlite3 = CLIBenchmark.sqliteShell() else {
            return .notMeasured(name, unit: "ms", direction: .lowerIsBetter, target: 3,
                                reason: "no fieldkit binary beside fieldkit-bench (swift build -c release) or no sqlite3 shell")
        }
        Console.say("cli: sqlite3 shell, then fieldkit log, \(options.cliRuns) runs each…")
        let bench = CLIBenchmark(fieldkit: fieldkit, sqlite3: sqlite3, directory: directory, runs: options.cliRuns)
        let baseline = try bench.sqliteShellInsert()
        let value = try bench.fieldkitLog()
        return Figure(name: name, unit: "ms", direction: .lowerIsBetter, value: value * 1000, baseline: baseline * 1000, target: 3,
                      note: "median of \(options.cliRuns) runs on a store made by fieldkit init with a stand open; "
                          + "baseline: sqlite3 shell inserting a 500-byte row into a WAL database, synchronous=FULL")
    }

    private func httpPush(_ workload: Workload, baseline: Double) throws -> Figure {
        let name = "push over HTTP, end to end"
        guard let server = SiblingBinary.path("fieldkit-server") else {
            return .notMeasured(name, unit: "records/s", direction: .higherIsBetter, target: 0.4,
                                reason: "no fieldkit-server binary beside fieldkit-bench (swift build -c release)")
        }
        Console.say("push over HTTP: HTTPSyncTransport to fieldkit-server…")
        let value = try HTTPPushBenchmark(workload: workload, serverBinary: server, storePath: directory + "/http-central.db").run()
        return Figure(name: name, unit: "records/s", direction: .higherIsBetter, value: value, baseline: baseline, target: 0.4,
                      note: "the same batches through HTTPSyncTransport (PushRequest.wireValue + JSONWriter, URLSession) to a "
                          + "fieldkit-server process on a fresh store, one request at a time; baseline: row 1's plain upsert")
    }
}
