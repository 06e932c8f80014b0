/// Typed reads of a `JSONValue`, each `nil` when the value is of another kind.
///
/// They let protocol code say `message["id"]?.stringValue` instead of a switch per field.
extension JSONValue {
    /// The member named `key` when this is an object; `nil` for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    public var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// Only `.integer`: a `.number` is never silently truncated into an integer.
    public var int64Value: Int64? {
        guard case .integer(let value) = self else { return nil }
        return value
    }

    /// `.number`, or `.integer` converted to the nearest `Double`.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    public var arrayValue: [JSONValue]? {
        guard case .array(let value) = self else { return nil }
        return value
    }

    public var objectValue: [String: JSONValue]? {
        guard case .object(let value) = self else { return nil }
        return value
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
