/// How two version vectors relate in causal history.
public enum CausalOrder: Sendable, Equatable {
    /// The left side happened before the right: the right has seen everything the left has, and more.
    case before
    /// The left side has seen everything the right has, and more.
    case after
    /// Both have seen exactly the same writes.
    case equal
    /// Each has seen a write the other has not.
    case concurrent
}
