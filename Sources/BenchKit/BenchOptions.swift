import ArgumentKit
import FieldCore

/// The sizes of a benchmark run. Defaults finish in a few minutes; `--quick` in well under one.
struct BenchOptions: Sendable {
    /// Records pushed by the merge benchmark (half new notes, half updates); the pull reads the store it leaves.
    var notes = 100_000
    /// Notes already in the stores (pushed untimed) before the merge is measured; 0 measures on empty stores.
    var largeStore = 0
    /// Records per push, each one durable transaction.
    var batch = SyncProtocol.maximumPushRecords
    /// Whole-process runs of `fieldkit log` and of the `sqlite3` shell.
    var cliRuns = 30
    /// Repetitions of the "last 100 changes" pull.
    var pullRuns = 30
    /// The row groups to run (`--only`); all by default.
    var groups = Set(BenchGroup.allCases)
    /// The scale rows' options: store sizes and repetitions.
    var scale = ScaleOptions()
    /// Seconds of `wrk` load against each server in the request-rate row.
    var rateSeconds = 10
    var json = false
    var keep = false

    init(parsed: ParsedArguments) throws {
        let quick = parsed.flag("quick")
        if quick {
            (notes, cliRuns, pullRuns) = (5_000, 10, 10)
        }
        notes = try Self.count(parsed, "notes", default: notes, in: 1...10_000_000)
        largeStore = try Self.count(parsed, "large-store", default: largeStore, in: 0...100_000_000)
        batch = try Self.count(parsed, "batch", default: batch, in: 1...SyncProtocol.maximumPushRecords)
        cliRuns = try Self.count(parsed, "cli-runs", default: cliRuns, in: 0...10_000)
        pullRuns = try Self.count(parsed, "pull-runs", default: pullRuns, in: 1...10_000)
        if let list = parsed.string("only") { groups = try BenchGroup.parse(list) }
        scale = try ScaleOptions(parsed: parsed, quick: quick)
        rateSeconds = try Self.count(parsed, "rate-seconds", default: quick ? 3 : rateSeconds, in: 1...600)
        json = parsed.flag("json")
        keep = parsed.flag("keep")
    }

    /// Whether `group` runs in this run.
    func runs(_ group: BenchGroup) -> Bool {
        groups.contains(group)
    }

    /// A whole number option within `range`, or `value` when it was not given.
    static func count(_ parsed: ParsedArguments, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let number = try parsed.int(name) else { return value }
        guard range.contains(number) else { throw CommandError.usage("--\(name) must be \(range.lowerBound) to \(range.upperBound)") }
        return number
    }
}
