import FieldCore
import Testing

/// Object members (RFC 8259 §4): names must be unique here, though the RFC only says SHOULD.
struct ParserObjectTests {
    @Test func parse_DuplicateKey_IsRejected() {
        #expect(parseError(#"{"a":1,"a":2}"#) == JSONParseError(offset: 7, reason: .duplicateKey))
    }

    @Test func parse_DuplicateKeyWithEqualValue_IsRejected() {
        #expect(parseError(#"{"a":1,"b":2,"a":1}"#)?.reason == .duplicateKey)
    }

    @Test func parse_DuplicateKeyWrittenWithEscape_IsRejected() {
        #expect(parseError(#"{"a":1,"\u0061":2}"#) == JSONParseError(offset: 7, reason: .duplicateKey))
    }

    @Test func parse_DuplicateKeyInNestedObject_IsRejectedAtItsOffset() {
        #expect(parseError(#"[{"x":{"k":1,"k":2}}]"#) == JSONParseError(offset: 13, reason: .duplicateKey))
    }

    /// A `[String: JSONValue]` cannot hold both spellings of "é", so accepting would drop one silently.
    @Test func parse_CanonicallyEquivalentKeys_AreDuplicates() {
        #expect(parseError("{\"\u{E9}\":1,\"e\u{301}\":2}")?.reason == .duplicateKey)
    }

    @Test func parse_SameKeyInSiblingObjects_IsAccepted() {
        let value = parsed(#"{"a":{"a":1},"b":{"a":2}}"#)
        #expect(value == .object(["a": .object(["a": .integer(1)]), "b": .object(["a": .integer(2)])]))
    }

    @Test func parse_KeysDifferingOnlyByCase_AreDistinct() {
        #expect(parsed(#"{"a":1,"A":2,"":3}"#) == .object(["a": .integer(1), "A": .integer(2), "": .integer(3)]))
    }

    @Test func parse_DuplicateKeyError_DoesNotRevealKeyOrInput() {
        let error = parseError(#"{"resident-Sanne":1,"resident-Sanne":2}"#)
        #expect(error?.description == "invalid JSON at byte 20: duplicate key")
        #expect(error?.description.contains("Sanne") == false)
    }
}
