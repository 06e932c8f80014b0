/// How a record shows that it was erased: the level, and whether the retention policy or a
/// person's request did it (people reading a note need to tell that apart from a delete).
public struct Erasure: Hashable, Sendable {
    public let level: ErasureLevel
    /// True when the retention run wrote it (actor `coord:retention`, any restore generation).
    public let byRetention: Bool
    /// When the erasure was written (the server's clock).
    public let at: Timestamp

    public init(level: ErasureLevel, byRetention: Bool, at: Timestamp) {
        self.level = level
        self.byRetention = byRetention
        self.at = at
    }

    /// `erased (retention)` or `erased on request`, as lists and `show` print it.
    public var label: String {
        byRetention ? "erased (retention)" : "erased on request"
    }
}
