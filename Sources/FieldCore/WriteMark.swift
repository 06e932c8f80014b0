/// Which write set a field: its dot, plus who made it and when, for people reading a conflict.
///
/// Only `dot` takes part in the merge; `officer` and `at` are carried along so that a
/// conflict can be shown as "Sanne, laptop 3f2a…, 14:05" instead of an opaque counter.
public struct WriteMark: Hashable, Sendable {
    public let dot: Dot
    public let officer: String
    public let at: Timestamp

    public init(dot: Dot, officer: String, at: Timestamp) {
        self.dot = dot
        self.officer = officer
        self.at = at
    }
}
