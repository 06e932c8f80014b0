import Foundation

/// A reproducible random generator (SplitMix64) for property tests.
///
/// Each property test prints its seed; run with `HASHKIT_SEED=<seed>` to replay a failure.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator seeded from `HASHKIT_SEED` if set, else at random; the seed is printed either way.
    static func make(test: String = #function) -> SeededGenerator {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["HASHKIT_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: .min ... .max)
        print("\(test): seed \(seed) (replay with HASHKIT_SEED=\(seed))")
        return SeededGenerator(seed: seed)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }

    /// `count` bytes drawn from this generator.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }
}
