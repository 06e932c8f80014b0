import TestSupport
import FieldCore
import Testing

/// Properties over random values: writing then parsing loses nothing, and canonical text is a fixed point.
struct RoundTripPropertyTests {
    @Test func parseOfWrite_RandomValues_GivesValueBack() throws {
        var random = RandomJSON(generator: SeededGenerator.make(test: "parseOfWrite_RandomValues_GivesValueBack"))
        for _ in 0..<2_000 {
            let value = random.value()
            let text = JSONWriter.write(value)
            let back = try JSONParser.parse(text)
            #expect(back == RandomJSON.expectedAfterRoundTrip(value), "\(JSONWriter.writeString(value))")
        }
    }

    @Test func writeOfParse_CanonicalText_IsFixedPoint() throws {
        var random = RandomJSON(generator: SeededGenerator.make(test: "writeOfParse_CanonicalText_IsFixedPoint"))
        for _ in 0..<2_000 {
            let canonical = JSONWriter.write(random.value())
            let again = JSONWriter.write(try JSONParser.parse(canonical))
            #expect(again == canonical, "\(String(decoding: canonical, as: UTF8.self))")
        }
    }

    @Test func writeString_RandomValues_MatchesBytes() {
        var random = RandomJSON(generator: SeededGenerator.make(test: "writeString_RandomValues_MatchesBytes"))
        for _ in 0..<500 {
            let value = random.value()
            #expect(Array(JSONWriter.writeString(value).utf8) == JSONWriter.write(value))
        }
    }

    /// Escapes and white space are not canonical, so parsing then writing must normalize them.
    @Test func writeOfParse_NonCanonicalText_IsNormalized() throws {
        let text = #" { "b" : [ 1.0 , -0 , 1E2 , "\u00e9\/\u001F" ] , "a" : { } } "#
        let canonical = JSONWriter.writeString(try JSONParser.parse(text))
        #expect(canonical == "{\"a\":{},\"b\":[1,0,100,\"é/\\u001f\"]}")
    }

    @Test func parseOfWrite_Record_GivesRecordBack() throws {
        let record = JSONValue.makeRecord(officer: "Émile \"Mo\" Côté\n😀", counter: .max)
        #expect(try JSONParser.parse(JSONWriter.write(record)) == record)
    }
}
