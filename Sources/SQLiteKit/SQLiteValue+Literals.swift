/// Literal support so arguments read naturally: `["café", 42, 1.5, nil, true]`.
extension SQLiteValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension SQLiteValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension SQLiteValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) {
        self = .real(value)
    }
}

extension SQLiteValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension SQLiteValue: ExpressibleByBooleanLiteral {
    /// Stores `true` as 1 and `false` as 0, as SQLite itself does.
    public init(booleanLiteral value: Bool) {
        self = .integer(value ? 1 : 0)
    }
}
