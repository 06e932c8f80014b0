import FieldCore
import Testing

/// Nesting limits: hostile depth must fail cleanly, never overflow the stack.
struct ParserDepthTests {
    static func nestedArrays(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    @Test func parse_HundredThousandOpenBrackets_IsTooDeep() {
        let hostile = String(repeating: "[", count: 100_000)
        #expect(parseError(hostile) == JSONParseError(offset: JSONParser.defaultMaximumDepth, reason: .tooDeep))
    }

    @Test func parse_HundredThousandNestedObjects_IsTooDeep() {
        let hostile = String(repeating: #"{"a":"#, count: 100_000)
        #expect(parseError(hostile)?.reason == .tooDeep)
    }

    @Test func parse_DepthExactlyMaximum_IsAccepted() throws {
        var value = try JSONParser.parse(Self.nestedArrays(JSONParser.defaultMaximumDepth))
        var depth = 0
        while case .array(let elements) = value, let first = elements.first {
            depth += 1
            value = first
        }
        #expect(depth == JSONParser.defaultMaximumDepth - 1)
        #expect(value == .array([]))
    }

    @Test func parse_DepthOneBeyondMaximum_IsTooDeep() {
        let error = parseError(Self.nestedArrays(JSONParser.defaultMaximumDepth + 1))
        #expect(error == JSONParseError(offset: JSONParser.defaultMaximumDepth, reason: .tooDeep))
    }

    @Test func parse_MixedNestingBeyondMaximum_CountsObjectsAndArrays() {
        #expect(parseError(#"{"a":[{"b":[1]}]}"#, maximumDepth: 3) == JSONParseError(offset: 11, reason: .tooDeep))
        #expect(parsed(#"{"a":[{"b":[1]}]}"#) != nil)
        #expect(parseError(#"{"a":[{"b":[1]}]}"#, maximumDepth: 4) == nil)
    }

    @Test func parse_MaximumDepthZero_AcceptsOnlyScalars() {
        #expect(parseError("1", maximumDepth: 0) == nil)
        #expect(parseError("[]", maximumDepth: 0) == JSONParseError(offset: 0, reason: .tooDeep))
        #expect(parseError("{}", maximumDepth: -5) == JSONParseError(offset: 0, reason: .tooDeep))
    }

    @Test func parse_RaisedMaximumDepth_AcceptsDeeperDocument() {
        #expect(parseError(Self.nestedArrays(200), maximumDepth: 200) == nil)
        #expect(parseError(Self.nestedArrays(200))?.reason == .tooDeep)
    }

    @Test func parse_DeepButWideDocument_ReusesDepth() {
        let wide = "[" + Array(repeating: Self.nestedArrays(60), count: 1000).joined(separator: ",") + "]"
        #expect(parseError(wide) == nil)
    }
}
