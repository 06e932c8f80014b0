import FieldCore
import FieldStore

/// The coordinators' reads over a large store, in process, through the store API that
/// `fieldkit-server review list` / `review report` and the review pages use.
struct CoordinatorBenchmark {
    /// Latency percentiles of one kind of read, in seconds.
    struct Latency {
        let p50: Double
        let p99: Double
        let runs: Int
    }

    /// Seconds of repetitions one kind of read may take in all: past it (and after at least three
    /// runs) the read stops repeating, so a slow report over a million notes still ends in minutes.
    static let budgetSeconds = 60.0

    static let week: Int64 = 7 * 86_400_000
    /// The first page of a list, as the CLI and the web show it.
    static let pageSize = 50
    let storePath: String

    /// The filtered list: neighbourhood + one week (Monday to Monday, UTC), first page and the
    /// total (`review list` prints "50 of M notes"), `runs` times over `pairs` (drawn from the data).
    func list(runs: Int, pairs: [(neighbourhood: String, weekStart: Timestamp)]) throws -> (latency: Latency, meanMatches: Int) {
        guard !pairs.isEmpty else { return (Latency(p50: 0, p99: 0, runs: 0), 0) }
        let store = try CentralStore.open(at: storePath)
        defer { try? store.close() }
        var samples: [Double] = []
        var matches = 0
        let clock = ContinuousClock()
        let start = clock.now
        for run in 0..<runs where run < 3 || Stopwatch.seconds(of: start.duration(to: clock.now)) < Self.budgetSeconds {
            let pair = pairs[run % pairs.count]
            var filter = ReviewFilter()
            filter.neighbourhood = pair.neighbourhood
            filter.from = pair.weekStart
            filter.before = pair.weekStart.adding(milliseconds: Self.week)
            let (total, seconds) = try Stopwatch.time { () throws -> Int in
                _ = try store.reviewNotes(filter, limit: Self.pageSize, offset: 0)
                return try store.countNotes(filter)
            }
            samples.append(seconds)
            matches += total
        }
        return (Self.latency(samples), matches / max(1, samples.count))
    }

    /// The report as `review report` and the report page compute it by default: every note,
    /// per neighbourhood, topic and week, with the chart cells.
    func report(runs: Int) throws -> Latency {
        let store = try CentralStore.open(at: storePath)
        defer { try? store.close() }
        let now = Timestamp.now()
        var samples: [Double] = []
        while samples.count < runs && (samples.count < 3 || samples.reduce(0, +) < Self.budgetSeconds) {
            samples.append(try Stopwatch.time { try store.report(ReviewFilter(), now: now) }.seconds)
        }
        return Self.latency(samples)
    }

    static func latency(_ samples: [Double]) -> Latency {
        Latency(p50: Percentile.nearestRank(50, of: samples), p99: Percentile.nearestRank(99, of: samples), runs: samples.count)
    }
}
