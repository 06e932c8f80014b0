import FieldCore
import Testing

/// The typed accessors answer only for their own kind.
struct JSONValueAccessorTests {
    static let record: JSONValue = .makeRecord()

    @Test func subscript_ExistingKey_GivesMember() {
        #expect(Self.record["kind"] == .string("note"))
        #expect(Self.record["missing"] == nil)
        #expect(JSONValue.array([])["kind"] == nil)
    }

    @Test func accessors_MatchingKind_GiveValue() {
        #expect(JSONValue.string("s").stringValue == "s")
        #expect(JSONValue.integer(5).int64Value == 5)
        #expect(JSONValue.integer(5).doubleValue == 5)
        #expect(JSONValue.number(2.5).doubleValue == 2.5)
        #expect(JSONValue.bool(true).boolValue == true)
        #expect(JSONValue.array([.null]).arrayValue == [.null])
        #expect(JSONValue.object(["a": .null]).objectValue == ["a": .null])
        #expect(JSONValue.null.isNull)
    }

    @Test func accessors_OtherKind_GiveNil() {
        #expect(JSONValue.number(5).int64Value == nil)
        #expect(JSONValue.integer(1).boolValue == nil)
        #expect(JSONValue.string("1").doubleValue == nil)
        #expect(JSONValue.null.stringValue == nil)
        #expect(JSONValue.object([:]).arrayValue == nil)
        #expect(JSONValue.array([]).objectValue == nil)
        #expect(!JSONValue.bool(false).isNull)
    }

    @Test func subscript_NestedRecord_ReachesDeepField() {
        let counter = Self.record["fields"]?["topic"]?.arrayValue?.first?["counter"]?.int64Value
        #expect(counter == 1)
    }
}
