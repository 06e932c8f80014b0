/// Percentiles of a set of request latencies, in milliseconds.
public struct LatencySummary: Sendable, Equatable, Encodable {
    public let count: Int
    public let p50: Double
    public let p99: Double
    public let max: Double

    /// Nearest-rank percentiles (the smallest sample with at least p% of samples at or below it).
    public init(milliseconds samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        p50 = Self.percentile(50, of: sorted)
        p99 = Self.percentile(99, of: sorted)
        max = sorted.last ?? 0
    }

    static func percentile(_ percent: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count, rank) - 1)]
    }
}
