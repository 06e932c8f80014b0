import Testing
@testable import BenchKit

/// Nearest rank: every percentile is a measured sample, the smallest with p% at or below it.
struct PercentileTests {
    @Test func nearestRank_OfOneToTen_PicksTheRankedSample() {
        let samples = (1...10).map(Double.init).shuffled()
        #expect(Percentile.nearestRank(50, of: samples) == 5)
        #expect(Percentile.nearestRank(90, of: samples) == 9)
        #expect(Percentile.nearestRank(99, of: samples) == 10)
        #expect(Percentile.nearestRank(100, of: samples) == 10)
        #expect(Percentile.nearestRank(1, of: samples) == 1)
    }

    @Test func nearestRank_P99OfFiftySamples_IsTheSlowest() {
        let samples = (1...50).map(Double.init)
        #expect(Percentile.nearestRank(99, of: samples) == 50)
        #expect(Percentile.nearestRank(50, of: samples) == 25)
    }

    @Test func nearestRank_OfNoSamples_IsZero() {
        #expect(Percentile.nearestRank(99, of: []) == 0)
        #expect(Percentile.nearestRank(50, of: [7]) == 7)
    }
}
