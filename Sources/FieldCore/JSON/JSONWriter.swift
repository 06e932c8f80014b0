/// Writes a `JSONValue` as canonical JSON: equal values always give equal bytes.
///
/// The store encodes every record with it and relies on equal records giving equal bytes, so the
/// layout is fixed here rather than left to a general-purpose encoder:
/// - no white space; object members sorted by the UTF-8 bytes of their keys;
/// - strings escape only `"`, `\` and U+0000–U+001F (as `\b \f \n \r \t`, else `\u00xx` in lower
///   case); `/`, U+007F and all non-ASCII are written as their UTF-8;
/// - `.integer` as plain digits;
/// - `.number` with `JSONWriter+Number`'s rules: an integral value within ±2^53 as plain digits
///   (`52.0` → `52`, `-0.0` → `0`, because `-0.0 == 0.0` and equal values must give equal bytes),
///   otherwise the shortest digits that round-trip, in a fixed layout; non-finite values, which
///   JSON cannot express and the parser never produces, as `null`.
///
/// So `.integer(52)` and `.number(52.0)` both write `52`, which parses back as `.integer(52)`;
/// every other value parses back to itself. It recurses once per nesting level, which is safe for
/// anything `JSONParser` returns with its default depth limit.
public struct JSONWriter {
    /// The canonical UTF-8 bytes of `value`.
    public static func write(_ value: JSONValue) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(256)
        write(value, into: &buffer)
        return buffer
    }

    /// The canonical text of `value`, for logs and tests; prefer the byte form on hot paths.
    public static func writeString(_ value: JSONValue) -> String {
        String(decoding: write(value), as: UTF8.self)
    }

    /// Appends the canonical bytes of `value`, so callers can build large bodies without copies.
    public static func write(_ value: JSONValue, into buffer: inout [UInt8]) {
        switch value {
        case .null:
            appendLiteral("null", to: &buffer)
        case .bool(let flag):
            appendLiteral(flag ? "true" : "false", to: &buffer)
        case .integer(let integer):
            appendInteger(integer, to: &buffer)
        case .number(let number):
            appendDouble(number, to: &buffer)
        case .string(let string):
            appendString(string, to: &buffer)
        case .array(let elements):
            appendArray(elements, to: &buffer)
        case .object(let members):
            appendObject(members, to: &buffer)
        }
    }

    private static func appendArray(_ elements: [JSONValue], to buffer: inout [UInt8]) {
        buffer.append(JSONByte.openBracket)
        for (position, element) in elements.enumerated() {
            if position > 0 { buffer.append(JSONByte.comma) }
            write(element, into: &buffer)
        }
        buffer.append(JSONByte.closeBracket)
    }

    private static func appendObject(_ members: [String: JSONValue], to buffer: inout [UInt8]) {
        buffer.append(JSONByte.openBrace)
        let keys = members.keys
        let values = members.values
        // Dictionary order is random per process; sorting is what makes the bytes canonical.
        // Sorting positions, in scratch memory that is usually on the stack, spares copying
        // every member and allocating an array per object.
        withUnsafeTemporaryAllocation(of: Dictionary<String, JSONValue>.Index.self, capacity: members.count) { scratch in
            var order = scratch
            _ = order.initialize(fromContentsOf: keys.indices)
            order.sort { keyPrecedes(keys[$0], keys[$1]) }
            for (position, index) in order.enumerated() {
                if position > 0 { buffer.append(JSONByte.comma) }
                appendString(keys[index], to: &buffer)
                buffer.append(JSONByte.colon)
                write(values[index], into: &buffer)
            }
            order.deinitialize()
        }
        buffer.append(JSONByte.closeBrace)
    }

    static func appendLiteral(_ literal: StaticString, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
