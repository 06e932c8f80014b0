/// A small reproducible random generator (SplitMix64): the same `--seed` draws the same notes,
/// edits and device ids, so a failing run can be replayed.
///
/// Thread timing still varies from run to run; the seed fixes what each device writes, not when.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the run (e.g. device `index`), independent of the others.
    func derived(_ index: Int) -> SplitMix64 {
        var copy = SplitMix64(seed: state ^ (UInt64(truncatingIfNeeded: index) &* 0xD6E8_FEB8_6659_FD93))
        _ = copy.next()
        return copy
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// `count` lower-case hex digits.
    mutating func hex(_ count: Int) -> String {
        var text = ""
        while text.count < count {
            let word = String(next(), radix: 16)
            text += String(repeating: "0", count: 16 - word.count) + word
        }
        return String(text.prefix(count))
    }

    /// A lower-case UUID-shaped id (version 4 layout), as FieldKit creates for new records.
    package mutating func recordID() -> String {
        let digits = Array(hex(32))
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }
        return groups.joined(separator: "-")
    }

    /// One of `choices`, which must not be empty.
    package mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int.random(in: 0..<choices.count, using: &self)]
    }
}
