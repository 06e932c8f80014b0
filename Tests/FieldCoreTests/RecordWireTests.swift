import Testing
@testable import FieldCore

@Suite struct RecordWireTests {
    static func make() -> Record {
        NoteDraft(neighbourhood: "Lombok", location: "café de Zon", officer: "Anna", topic: "parking",
                  summary: "Line one,\nline \"two\"", tags: ["evening", "repeat"], participants: 3)
            .record(id: "00000000-0000-4000-8000-000000000001", by: Author(device: DeviceID("dev-a"), officer: "Anna",
                                                                          at: Timestamp(milliseconds: 1_790_000_000_000)))
    }

    @Test func wire_RoundTripsARecord() throws {
        let record = Self.make()
        let bytes = JSONWriter.write(record.wireValue)
        #expect(try Record(wire: try JSONParser.parse(bytes)) == record)
    }

    @Test func storedColumns_RoundTripARecord() throws {
        let record = Self.make()
        let back = try Record(id: record.id, kind: record.kind, storedVersion: record.storedVersion, storedFields: record.storedFields)
        #expect(back == record)
        #expect(record.storedVersion == #"{"dev-a":1}"#)
    }

    @Test func wire_EqualRecordsGiveEqualBytes() throws {
        let record = Self.make()
        let reparsed = try Record(wire: try JSONParser.parse(JSONWriter.write(record.wireValue)))
        #expect(JSONWriter.write(reparsed.wireValue) == JSONWriter.write(record.wireValue))
    }

    @Test(arguments: [
        (#"{"id":"a","kind":"note","version":{"d":1},"fields":{"t":[{"value":"SECRET","device":"d","counter":0,"officer":"o","at":1}]}}"#, "fields.t[0].counter"),
        (#"{"id":"a","kind":"note","version":{"d":1},"fields":{"t":[{"value":"SECRET","device":"d","counter":1.5,"officer":"o","at":1}]}}"#, "fields.t[0].counter"),
        (#"{"id":"a","kind":"note","version":{"d":1},"fields":{"t":[{"value":{"SECRET":1},"device":"d","counter":1,"officer":"o","at":1}]}}"#, "fields.t[0].value"),
        (#"{"id":"a","kind":"note","version":{"d":1},"fields":{"t":[{"value":[1],"device":"d","counter":1,"officer":"o","at":1}]}}"#, "fields.t[0].value[0]"),
        (#"{"id":"a","kind":"poem","version":{},"fields":{}}"#, "kind"),
        (#"{"id":"a","kind":"note","version":{},"fields":{"t":{}}}"#, "fields.t"),
        (#"{"kind":"note","version":{},"fields":{}}"#, ""),
    ])
    func wire_BadRecord_NamesThePlaceNotTheValue(_ text: String, _ path: String) throws {
        let error = #expect(throws: WireDecodingError.self) { try Record(wire: try JSONParser.parse(text)) }
        #expect(error?.path == path)
        #expect(error?.description.contains("SECRET") == false, "messages never quote values")
    }

    @Test func wire_FieldValueNumbers_AreOneKind() throws {
        #expect(FieldValue.number(52).wireValue == .integer(52))
        #expect(FieldValue.number(52.5).wireValue == .number(52.5))
        let entry = #"{"value":52,"device":"d","counter":1,"officer":"o","at":1}"#
        let parsed = try FieldEntry(reader: WireReader(try JSONParser.parse(entry)))
        #expect(parsed.value == .number(52.0))
    }
}
