/// Parses JSON text strictly by RFC 8259 into a `JSONValue`.
///
/// Built for documents pushed by devices that may be hostile: it accepts exactly one value and
/// nothing else, validates UTF-8, refuses duplicate keys, integers that would lose precision and
/// nesting beyond `maximumDepth`, and never recurses, so no input can overflow the stack.
/// Errors carry a byte offset and a reason, never the input text.
///
/// Choices RFC 8259 leaves open, fixed here:
/// - `-0` is `.integer(0)`; `-0.0` is `.number(-0.0)`.
/// - A number that underflows (`1e-400`) is `.number(0)`; one that overflows is `numberOutOfRange`.
/// - Empty input and input of only white space are both `emptyInput`.
/// - A leading byte-order mark is `unexpectedByte` at offset 0 (RFC 8259 §8.1: MUST NOT add one).
/// - Keys that Swift's `String` compares equal (canonically equivalent) are duplicates.
public struct JSONParser {
    /// Far deeper than a FieldKit record (about five levels), shallow enough that releasing the value is cheap.
    ///
    /// Releasing a `JSONValue` is recursive in Swift, so a very large limit would move the stack
    /// overflow from the parser to whoever drops the value; keep limits in the hundreds at most.
    public static let defaultMaximumDepth = 64

    /// Parses `bytes`; arrays and objects may nest at most `maximumDepth` levels (a scalar is level 0).
    public static func parse(
        _ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maximumDepth: maximumDepth) }
        }
        return try result.get()
    }

    /// Parses bytes the caller owns, e.g. a request body still in the socket's buffer, without copying.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONParseError) -> JSONValue {
        let result = bytes.withMemoryRebound(to: UInt8.self) { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maximumDepth: maximumDepth) }
        }
        return try result.get()
    }

    /// Parses the UTF-8 of `text`.
    public static func parse(
        _ text: String, maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maximumDepth: maximumDepth) }
        }
        return try result.get()
    }

    /// The one entry point every overload funnels into.
    static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, maximumDepth: Int
    ) throws(JSONParseError) -> JSONValue {
        guard !buffer.isEmpty else { throw JSONParseError(offset: 0, reason: .emptyInput) }
        var scanner = JSONScanner(bytes: buffer, maximumDepth: maximumDepth)
        return try scanner.parseDocument()
    }
}
