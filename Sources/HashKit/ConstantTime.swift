/// Comparisons of secret values whose running time does not depend on their contents.
///
/// Used for authentication codes and token hashes, where an early-exit `==` would let an
/// attacker learn, from response times, how many leading bytes of a guess were right.
public enum ConstantTime {
    /// Compares without early exit, so timing does not reveal how many leading bytes matched.
    ///
    /// Different lengths → false (length is not secret). Every byte pair is visited and the
    /// differences are OR-ed together, leaving a single branch at the end.
    public static func equals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices {
            difference |= lhs[index] ^ rhs[index]
        }
        return difference == 0
    }
}
