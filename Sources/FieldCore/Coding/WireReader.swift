/// Reads typed values out of a parsed JSON object, with the path kept for error messages.
struct WireReader {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    func fail(_ reason: String) -> WireDecodingError {
        WireDecodingError(path: path, reason: reason)
    }

    func object() throws -> [String: JSONValue] {
        guard case .object(let members) = value else { throw fail("expected an object") }
        return members
    }

    func array() throws -> [JSONValue] {
        guard case .array(let items) = value else { throw fail("expected an array") }
        return items
    }

    func string() throws -> String {
        guard case .string(let text) = value else { throw fail("expected a string") }
        return text
    }

    /// A whole number in `range`: counters and times must be exact, so fractions are refused.
    func integer(in range: ClosedRange<Int64>) throws -> Int64 {
        guard case .integer(let number) = value else { throw fail("expected a whole number") }
        guard range.contains(number) else { throw fail("number out of range") }
        return number
    }

    func member(_ key: String) throws -> WireReader {
        guard let member = try object()[key] else { throw WireDecodingError(path: path, reason: "missing key '\(key)'") }
        return WireReader(member, path: path.isEmpty ? key : "\(path).\(key)")
    }

    func optionalMember(_ key: String) throws -> WireReader? {
        try object()[key].map { WireReader($0, path: path.isEmpty ? key : "\(path).\(key)") }
    }

    func element(_ index: Int, of items: [JSONValue]) -> WireReader {
        WireReader(items[index], path: "\(path)[\(index)]")
    }

    func child(_ key: String, _ value: JSONValue) -> WireReader {
        WireReader(value, path: path.isEmpty ? key : "\(path).\(key)")
    }
}
