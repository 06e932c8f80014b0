import Foundation

/// A SplitMix64 generator: deterministic for a seed, so a failing property run can be replayed.
///
/// Set FIELDKIT_SEED to replay; otherwise a fresh seed is drawn and printed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed for a property test: FIELDKIT_SEED when set, else random; printed either way.
    static func seedForRun(_ testName: String) -> UInt64 {
        let seed = ProcessInfo.processInfo.environment["FIELDKIT_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 1...UInt64.max)
        print("\(testName): seed \(seed) (replay with FIELDKIT_SEED=\(seed))")
        return seed
    }
}
