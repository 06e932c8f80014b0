/// Percentiles of latency samples by the nearest-rank method: the smallest sample with at least
/// `p` percent of the samples at or below it, so every answer is a time that was really measured.
enum Percentile {
    /// The `p`th percentile (0 < p <= 100) of `samples`; 0 when there are none.
    static func nearestRank(_ p: Double, of samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
