import Testing
import FieldCore

/// The error `JSONParser` reports for `bytes`, or `nil` when it accepts them.
func parseError(_ bytes: [UInt8], maximumDepth: Int = JSONParser.defaultMaximumDepth) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(bytes, maximumDepth: maximumDepth)
        return nil
    } catch {
        return error
    }
}

/// The error `JSONParser` reports for the UTF-8 of `text`, or `nil` when it accepts it.
func parseError(_ text: String, maximumDepth: Int = JSONParser.defaultMaximumDepth) -> JSONParseError? {
    parseError(Array(text.utf8), maximumDepth: maximumDepth)
}

/// The value parsed from `text`, or `nil` on any error; for tests that check values.
func parsed(_ text: String) -> JSONValue? {
    try? JSONParser.parse(text)
}

/// A case for a parameterized rejection test: the input, and the exact error expected.
struct Rejection: Sendable, CustomTestStringConvertible {
    let input: [UInt8]
    let reason: JSONParseError.Reason
    let offset: Int

    init(_ text: String, _ reason: JSONParseError.Reason, at offset: Int) {
        self.init(bytes: Array(text.utf8), reason, at: offset)
    }

    init(bytes: [UInt8], _ reason: JSONParseError.Reason, at offset: Int) {
        self.input = bytes
        self.reason = reason
        self.offset = offset
    }

    var expected: JSONParseError { JSONParseError(offset: offset, reason: reason) }

    var testDescription: String {
        "\(input.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "<\(String($0, radix: 16))>" }.joined()) → \(reason)@\(offset)"
    }
}
