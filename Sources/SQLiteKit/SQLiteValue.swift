/// One value as SQLite stores it: null, a 64-bit integer, a double, UTF-8 text or bytes.
///
/// It mirrors SQLite's five storage classes so that what is read back is exactly what was stored,
/// with no guessing about types on the way in or out.
public enum SQLiteValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

extension SQLiteValue {
    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The text, or nil for any other storage class.
    public var string: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The integer, or nil for any other storage class (reals are not truncated).
    public var int64: Int64? {
        if case .integer(let integer) = self { return integer }
        return nil
    }

    /// The integer as `Int`, or nil when it is not an integer or does not fit.
    public var int: Int? {
        int64.flatMap { Int(exactly: $0) }
    }

    /// The real, or the integer converted to `Double`; nil otherwise.
    public var double: Double? {
        switch self {
        case .real(let real): return real
        case .integer(let integer): return Double(integer)
        default: return nil
        }
    }

    /// An integer read as a flag: 0 is false, anything else is true; nil for non-integers.
    public var bool: Bool? {
        int64.map { $0 != 0 }
    }

    /// The bytes, or nil for any other storage class.
    public var bytes: [UInt8]? {
        if case .blob(let bytes) = self { return bytes }
        return nil
    }
}
