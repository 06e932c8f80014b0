import FieldCore
import Testing

/// Document structure, literals and white space (RFC 8259 §2, §3, §4, §5).
struct ParserStructureTests {
    @Test func parse_ObjectWithWhitespaceEverywhere_GivesMembers() throws {
        let value = try JSONParser.parse(" \t\n\r{ \"a\" : [ 1 , true , null ] ,\"b\":{}}\r\n ")
        #expect(value == .object(["a": .array([.integer(1), .bool(true), .null]), "b": .object([:])]))
    }

    @Test(arguments: [
        ("null", JSONValue.null), ("true", .bool(true)), ("false", .bool(false)),
        ("7", .integer(7)), ("\"s\"", .string("s")), ("[]", .array([])), ("{}", .object([:])),
    ])
    func parse_SingleValueAtTopLevel_IsAccepted(text: String, expected: JSONValue) {
        #expect(parsed(text) == expected)
    }

    @Test func parse_Nested_KeepsOrderOfArrays() throws {
        let value = try JSONParser.parse(#"[[1,[2,[3]]],{"k":[{"x":[]}]},"s"]"#)
        let inner: JSONValue = .array([.integer(1), .array([.integer(2), .array([.integer(3)])])])
        #expect(value == .array([inner, .object(["k": .array([.object(["x": .array([])])])]), .string("s")]))
    }

    @Test func parse_SameInputThroughEveryOverload_GivesSameValue() throws {
        let text = #"{"id":"6f1d","n":[1,2.5,"é"]}"#
        let bytes = Array(text.utf8)
        let fromBytes = try JSONParser.parse(bytes)
        let fromString = try JSONParser.parse(text)
        let fromRaw = try bytes.withUnsafeBytes { raw in try JSONParser.parse(raw) }
        #expect(fromBytes == fromString)
        #expect(fromBytes == fromRaw)
    }

    @Test func parse_RawBufferSlice_ReadsOnlyThatSlice() throws {
        let bytes = Array("xx[1,2]yy".utf8)
        let value = try bytes.withUnsafeBytes { raw in try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[2..<7])) }
        #expect(value == .array([.integer(1), .integer(2)]))
    }

    @Test func parse_EmptyRawBuffer_IsEmptyInput() {
        #expect(throws: JSONParseError(offset: 0, reason: .emptyInput)) {
            try JSONParser.parse(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    @Test(arguments: [
        Rejection("", .emptyInput, at: 0),
        Rejection(" \t\r\n ", .emptyInput, at: 0),
        Rejection("{} x", .trailingData, at: 3),
        Rejection("1 2", .trailingData, at: 2),
        Rejection("[] []", .trailingData, at: 3),
        Rejection("nulll", .trailingData, at: 4),
        Rejection("[1]\u{0}", .trailingData, at: 3),
        Rejection("{}}", .trailingData, at: 2),
        Rejection("\u{FEFF}{}", .unexpectedByte, at: 0),
        Rejection("\u{B}1", .unexpectedByte, at: 0),
        Rejection("\u{C}1", .unexpectedByte, at: 0),
        Rejection("\u{A0}1", .unexpectedByte, at: 0),
        Rejection("/* c */ 1", .unexpectedByte, at: 0),
        Rejection("'a'", .unexpectedByte, at: 0),
        Rejection("NaN", .unexpectedByte, at: 0),
        Rejection("Infinity", .unexpectedByte, at: 0),
        Rejection("]", .unexpectedByte, at: 0),
    ])
    func parse_BadDocument_IsRejected(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test(arguments: [
        Rejection("[1,]", .unexpectedByte, at: 3),
        Rejection("[,1]", .unexpectedByte, at: 1),
        Rejection("[1 2]", .unexpectedByte, at: 3),
        Rejection("[1}", .unexpectedByte, at: 2),
        Rejection("[1:2]", .unexpectedByte, at: 2),
        Rejection("{\"a\" 1}", .unexpectedByte, at: 5),
        Rejection("{\"a\":1,}", .unexpectedByte, at: 7),
        Rejection("{,}", .unexpectedByte, at: 1),
        Rejection("{a:1}", .unexpectedByte, at: 1),
        Rejection("{1:1}", .unexpectedByte, at: 1),
        Rejection("{\"a\":1]", .unexpectedByte, at: 6),
        Rejection("{\"a\":1 \"b\":2}", .unexpectedByte, at: 7),
        Rejection("{\"a\"::1}", .unexpectedByte, at: 5),
        Rejection("[", .unexpectedEnd, at: 1),
        Rejection("[1", .unexpectedEnd, at: 2),
        Rejection("[1,", .unexpectedEnd, at: 3),
        Rejection("{", .unexpectedEnd, at: 1),
        Rejection("{\"a\"", .unexpectedEnd, at: 4),
        Rejection("{\"a\":", .unexpectedEnd, at: 5),
        Rejection("{\"a\":1", .unexpectedEnd, at: 6),
        Rejection("{\"a\":1 , ", .unexpectedEnd, at: 9),
    ])
    func parse_BadContainer_IsRejected(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test(arguments: [
        Rejection("tru", .unexpectedEnd, at: 3),
        Rejection("fals", .unexpectedEnd, at: 4),
        Rejection("nul", .unexpectedEnd, at: 3),
        Rejection("trUe", .unexpectedByte, at: 2),
        Rejection("True", .unexpectedByte, at: 0),
        Rejection("nil", .unexpectedByte, at: 1),
        Rejection("[falsy]", .unexpectedByte, at: 5),
        Rejection("[truex]", .unexpectedByte, at: 5),
    ])
    func parse_MisspelledLiteral_IsRejected(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test func parse_ErrorInsideLargeDocument_ReportsItsOffset() {
        let prefix = "[" + String(repeating: "{\"a\":[1,2,3]},", count: 100)
        let error = parseError(prefix + "{\"a\":[1,2,3}]}]")
        #expect(error == JSONParseError(offset: prefix.utf8.count + 11, reason: .unexpectedByte))
    }
}
