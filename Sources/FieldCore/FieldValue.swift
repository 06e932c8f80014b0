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

    /// A total order over values, used only to break ties deterministically (SyncProtocol.md §4):
    /// null < bool < number < string < array; false < true; numbers numerically; strings by their
    /// UTF-8 bytes; arrays element by element, then by length.
    func precedes(_ other: FieldValue) -> Bool {
        switch (self, other) {
        case (.bool(let left), .bool(let right)): return !left && right
        case (.number(let left), .number(let right)): return left < right
        case (.text(let left), .text(let right)): return Self.bytesPrecede(left, right)
        case (.list(let left), .list(let right)): return Self.listPrecedes(left, right)
        default: return rank < other.rank
        }
    }

    private var rank: Int {
        switch self {
        case .null: return 0
        case .bool: return 1
        case .number: return 2
        case .text: return 3
        case .list: return 4
        }
    }

    static func bytesPrecede(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    private static func listPrecedes(_ left: [String], _ right: [String]) -> Bool {
        for (a, b) in zip(left, right) where a != b {
            return bytesPrecede(a, b)
        }
        return left.count < right.count
    }
}
