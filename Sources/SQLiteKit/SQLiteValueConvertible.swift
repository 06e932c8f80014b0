/// A Swift value that knows how to become a `SQLiteValue`.
///
/// Lets callers build argument lists from their own types (`[name.sqliteValue, age.sqliteValue]`)
/// without this module knowing about them.
public protocol SQLiteValueConvertible {
    /// The value to bind or store.
    var sqliteValue: SQLiteValue { get }
}

extension SQLiteValue {
    /// Builds a value from anything convertible.
    public init(_ value: some SQLiteValueConvertible) {
        self = value.sqliteValue
    }
}

extension SQLiteValue: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue { self }
}

extension String: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue { .text(self) }
}

extension Int: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Int64: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue { .integer(self) }
}

extension Int32: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Double: SQLiteValueConvertible {
    public var sqliteValue: SQLiteValue { .real(self) }
}

extension Bool: SQLiteValueConvertible {
    /// 1 for true, 0 for false.
    public var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) }
}

extension Array: SQLiteValueConvertible where Element == UInt8 {
    public var sqliteValue: SQLiteValue { .blob(self) }
}

extension Optional: SQLiteValueConvertible where Wrapped: SQLiteValueConvertible {
    /// The wrapped value's conversion, or `.null` for nil.
    public var sqliteValue: SQLiteValue {
        switch self {
        case .some(let wrapped): return wrapped.sqliteValue
        case .none: return .null
        }
    }
}
