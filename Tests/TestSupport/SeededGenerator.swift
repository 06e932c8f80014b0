import Foundation

/// A reproducible random generator (SplitMix64) for property tests.
///
/// Each property test prints its seed; run with `FIELDKIT_SEED=<seed>` to replay a failure.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The seed for a run: `FIELDKIT_SEED` when set, else random; printed either way.
    public static func seedForRun(_ testName: String) -> UInt64 {
        let seed = ProcessInfo.processInfo.environment["FIELDKIT_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: 1...UInt64.max)
        print("\(testName): seed \(seed) (replay with FIELDKIT_SEED=\(seed))")
        return seed
    }

    /// A generator seeded for this run (see `seedForRun`).
    public static func make(test: String = #function) -> SeededGenerator {
        SeededGenerator(seed: seedForRun(test))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// `count` bytes drawn from this generator.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
