import Testing
@testable import FieldCore
import TestSupport

/// The canonical push writer and reader must agree byte for byte and value for value with the
/// general JSON path, which other clients and hostile bodies still take.
@Suite struct PushCanonicalTests {
    static func request(_ generator: inout SeededGenerator) -> PushRequest {
        let records = (0..<Int.random(in: 0...4, using: &generator)).map { index in
            let record = StoredEncodingTests.record(&generator)
            return Record(id: "r\(index)", kind: Bool.random(using: &generator) ? .note : .stand,
                          version: record.version, fields: record.fields)
        }
        return PushRequest(device: DeviceID("laptop-\(Int.random(in: 1...9, using: &generator))"), records: records)
    }

    static func general(_ bytes: [UInt8]) -> PushRequest? {
        try? PushRequest(wire: try JSONParser.parse(bytes))
    }

    @Test func canonicalPush_MatchesTheGeneralPath() {
        let seed = SeededGenerator.seedForRun("canonical push")
        var generator = SeededGenerator(seed: seed)
        for round in 0..<300 {
            let request = Self.request(&generator)
            let bytes = request.canonicalBytes
            #expect(bytes == JSONWriter.write(request.wireValue), "round \(round), seed \(seed)")
            #expect(PushRequest(canonical: bytes) == request, "round \(round), seed \(seed)")
            var damaged = bytes
            let position = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[position] = Array("{}[],:\"\\09 .aekn".utf8).randomElement(using: &generator)!
            if let fast = PushRequest(canonical: damaged) {
                #expect(fast == Self.general(damaged), "round \(round), seed \(seed): byte \(position)")
            }
        }
    }

    @Test(arguments: [
        #"{"protocol":1,"device":"d","records":[]}"#,
        #"{"device":"d", "protocol":1,"records":[]}"#,
        #"{"device":"d","protocol":1,"records":[{"id":"a","fields":{},"kind":"note","version":{}}]}"#,
    ])
    func otherLayouts_AreLeftToTheGeneralParser(_ text: String) throws {
        #expect(PushRequest(canonical: Array(text.utf8)) == nil)
        #expect(Self.general(Array(text.utf8)) != nil)
    }
}
