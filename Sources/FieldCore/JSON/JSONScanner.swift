/// Reads one JSON document from a byte buffer, strictly by RFC 8259.
///
/// It works on raw bytes with an index and keeps open containers in a `JSONContainerStack`
/// rather than recursing, so a hostile document can cost at most `maximumDepth` stack frames'
/// worth of heap and never overflow the call stack.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    /// Reused for strings that contain escapes, so decoding them does not allocate per string.
    var scratch: [UInt8] = []
    var containers = JSONContainerStack()

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = max(0, maximumDepth)
    }

    /// Parses the whole buffer as exactly one value surrounded by optional white space.
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.emptyInput, at: 0) }
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw failure(.trailingData) }
        return value
    }

    /// Parses one value, however deeply nested, without recursion.
    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        while true {
            // `nil`: a container was opened and its first member comes next.
            guard var value = try scanValueStart() else { continue }
            while !containers.isEmpty {
                containers.appendValue(value)
                // `nil`: a comma was read, so another member of the same container follows.
                guard let closed = try scanAfterMember() else { break }
                value = closed
            }
            if containers.isEmpty { return value }
        }
    }

    /// Reads a scalar, an empty container, or the opening of a non-empty one (then returns `nil`).
    private mutating func scanValueStart() throws(JSONParseError) -> JSONValue? {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        switch bytes[index] {
        case JSONByte.openBracket:
            return try openContainer(isObject: false)
        case JSONByte.openBrace:
            return try openContainer(isObject: true)
        case JSONByte.quote:
            return .string(try scanString())
        case JSONByte.lowercaseT:
            try expectLiteral("true")
            return .bool(true)
        case JSONByte.lowercaseF:
            try expectLiteral("false")
            return .bool(false)
        case JSONByte.lowercaseN:
            try expectLiteral("null")
            return .null
        case JSONByte.minus, JSONByte.plus, JSONByte.dot, JSONByte.zero...JSONByte.nine:
            return try scanNumber()
        default:
            throw failure(.unexpectedByte)
        }
    }

    /// Opens a container; returns it at once when it is empty, else reads up to its first value.
    private mutating func openContainer(isObject: Bool) throws(JSONParseError) -> JSONValue? {
        guard containers.depth < maximumDepth else { throw failure(.tooDeep) }
        index += 1
        containers.open(isObject: isObject)
        skipWhitespace()
        let closing = isObject ? JSONByte.closeBrace : JSONByte.closeBracket
        if index < bytes.count && bytes[index] == closing {
            index += 1
            return try containers.close()
        }
        if isObject { try scanKeyAndColon() }
        return nil
    }

    /// After a member: a comma (returns `nil`) or the closing bracket (returns the container).
    private mutating func scanAfterMember() throws(JSONParseError) -> JSONValue? {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        let isObject = containers.innermostIsObject
        switch bytes[index] {
        case JSONByte.comma:
            index += 1
            if isObject { try scanKeyAndColon() }
            return nil
        case JSONByte.closeBrace where isObject, JSONByte.closeBracket where !isObject:
            index += 1
            return try containers.close()
        default:
            throw failure(.unexpectedByte)
        }
    }

    /// Reads `"key" :` of an object member (RFC 8259 §4).
    private mutating func scanKeyAndColon() throws(JSONParseError) {
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        guard bytes[index] == JSONByte.quote else { throw failure(.unexpectedByte) }
        let keyOffset = index
        containers.appendKey(try scanString(), offset: keyOffset)
        skipWhitespace()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        guard bytes[index] == JSONByte.colon else { throw failure(.unexpectedByte) }
        index += 1
    }

    /// Matches `true`, `false` or `null` exactly (RFC 8259 §3), pointing at the first wrong byte.
    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count else { throw failure(.unexpectedEnd) }
            guard bytes[index] == byte else { throw failure(.unexpectedByte) }
            index += 1
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count && JSONByte.isWhitespace(bytes[index]) {
            index += 1
        }
    }

    /// An error at `offset`, by default where the scanner stands.
    func failure(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(offset: offset ?? index, reason: reason)
    }
}
