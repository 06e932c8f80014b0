/// The value a record field holds: the JSON types a note needs, and nothing more.
///
/// Numbers are one case (a Double) on purpose: JSON does not distinguish 52 from 52.0, so
/// two cases would let the same value compare unequal after a round trip and invent conflicts.
/// Every number FieldKit stores (milliseconds, counts, coordinates) is exact in a Double.
public enum FieldValue: Hashable, Sendable {
    case null
    case text(String)
    case number(Double)
    case bool(Bool)
    case list([String])

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The number as a whole Int64 when it is one.
    public var integer: Int64? {
        guard case .number(let value) = self, value.rounded() == value,
              value >= -9.007199254740992e15, value <= 9.007199254740992e15 else { return nil }
        return Int64(value)
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var list: [String]? {
        if case .list(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// A total order over values, used only to break ties deterministically.
    func precedes(_ other: FieldValue) -> Bool {
        let (left, right) = (sortKey, other.sortKey)
        if left.rank != right.rank { return left.rank < right.rank }
        return left.text < right.text
    }

    private var sortKey: (rank: Int, text: String) {
        switch self {
        case .null: return (0, "")
        case .bool(let value): return (1, value ? "1" : "0")
        case .number(let value): return (2, String(value))
        case .text(let value): return (3, value)
        case .list(let value): return (4, value.joined(separator: "\u{1F}"))
        }
    }
}
