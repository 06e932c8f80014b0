import Testing
@testable import FieldCore
import TestSupport

/// The direct stored-column encoder must give exactly the bytes of the canonical JSON writer:
/// stores compare records by these bytes, and old stores hold text the writer produced.
@Suite struct StoredEncodingTests {
    static let names = ["topic", "summary", "Zeta", "é-field", "a\"quote", "tab\tname", "follow_up", "b"]
    static let devices = ["dev-a", "laptop-3f2a", "coord:carla-smit", "coord:carla-smit.r1", "b2"]
    static let texts = ["", "café de Zon", "line\none", "\u{1}ctrl\u{1f}", "quote \" and \\ slash /", "😀 emoji"]

    static func value(_ generator: inout SeededGenerator) -> FieldValue {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .number(Double(Int.random(in: -1_000...1_000_000, using: &generator)))
        case 3: return .number(Double.random(in: -1e6...1e6, using: &generator))
        case 4: return .list((0..<Int.random(in: 0...3, using: &generator)).map { _ in texts.randomElement(using: &generator)! })
        default: return .text(texts.randomElement(using: &generator)!)
        }
    }

    static func record(_ generator: inout SeededGenerator) -> Record {
        var counters: [DeviceID: UInt64] = [:]
        var fields: [String: FieldRegister] = [:]
        for name in names where Bool.random(using: &generator) {
            let entries = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                let device = DeviceID(devices.randomElement(using: &generator)!)
                let counter = UInt64.random(in: 1...9_007_199_254_740_991, using: &generator)
                counters[device] = max(counters[device] ?? 0, counter)
                return FieldEntry(value: value(&generator), mark: WriteMark(
                    dot: Dot(device: device, counter: counter), officer: texts.randomElement(using: &generator)!,
                    at: Timestamp(milliseconds: Int64.random(in: -5_000...1_800_000_000_000, using: &generator))))
            }
            fields[name] = FieldRegister(entries)
        }
        return Record(id: "r", kind: .note, version: VersionVector(counters), fields: fields)
    }

    @Test func storedColumns_EqualTheCanonicalWriter() throws {
        let seed = SeededGenerator.seedForRun("stored encoding")
        var generator = SeededGenerator(seed: seed)
        for round in 0..<500 {
            let record = Self.record(&generator)
            let fields = JSONWriter.writeString(.object(record.fields.mapValues { .array($0.entries.map(\.wireValue)) }))
            #expect(record.storedFields == fields, "round \(round), seed \(seed)")
            #expect(record.storedVersion == JSONWriter.writeString(record.version.wireValue), "round \(round), seed \(seed)")
            let back = try Record(id: record.id, kind: record.kind, storedVersion: record.storedVersion, storedFields: record.storedFields)
            #expect(back.storedFields == record.storedFields, "round \(round), seed \(seed)")
        }
    }

    /// The general path the fast decoder must agree with.
    static func generalFields(_ text: String) -> [String: FieldRegister]? {
        try? Record.registers(WireReader(try JSONParser.parse(text), path: "fields"))
    }

    @Test func storedDecoder_AgreesWithTheGeneralParser() throws {
        let seed = SeededGenerator.seedForRun("stored decoding")
        var generator = SeededGenerator(seed: seed)
        for round in 0..<500 {
            let record = Self.record(&generator)
            let text = record.storedFields
            #expect(StoredRecordDecoder.fields(text) == record.fields, "round \(round), seed \(seed)")
            #expect(StoredRecordDecoder.version(record.storedVersion) == record.version, "round \(round), seed \(seed)")
            // A damaged copy: the fast path either declines (nil) or reads what the general parser reads.
            var bytes = Array(text.utf8)
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[position] = Array("{}[],:\"\\0-9 .ae\u{1}".utf8).randomElement(using: &generator)!
            let damaged = String(decoding: bytes, as: UTF8.self)
            if let fast = StoredRecordDecoder.fields(damaged) {
                #expect(fast == Self.generalFields(damaged), "round \(round), seed \(seed): \(position)")
            }
        }
    }

    @Test(arguments: [
        #"{ "topic":[{"at":1,"counter":1,"device":"d","officer":"o","value":"x"}]}"#,
        #"{"topic":[{"counter":1,"at":1,"device":"d","officer":"o","value":"x"}]}"#,
        #"{"topic":[{"at":1,"counter":1,"device":"d","officer":"o"}]}"#,
    ])
    func storedDecoder_OtherLayouts_FallBackToTheGeneralParser(_ text: String) throws {
        #expect(StoredRecordDecoder.fields(text) == nil)
        let record = try Record(id: "r", kind: .note, storedVersion: #"{"d":1}"#, storedFields: text)
        #expect(Self.generalFields(text).map { record.fields == $0 } ?? true)
    }

    @Test(arguments: [
        #"{"topic":[{"at":1,"counter":0,"device":"d","officer":"o","value":"x"}]}"#,
        #"{"topic":[{"at":1,"counter":1,"device":"D!","officer":"o","value":"x"}]}"#,
        #"{"topic":[],"topic":[]}"#,
        #"{"topic":[{"at":1.0,"counter":1,"device":"d","officer":"o","value":"x"}]}"#,
        #"{"topic":[{"at":1,"counter":1,"device":"d","officer":"o","value":{"a":1}}]}"#,
    ])
    func storedDecoder_InvalidText_IsRefusedOnBothPaths(_ text: String) {
        #expect(StoredRecordDecoder.fields(text) == nil)
        #expect(throws: (any Error).self) { try Record(id: "r", kind: .note, storedVersion: #"{"d":1}"#, storedFields: text) }
    }
}
