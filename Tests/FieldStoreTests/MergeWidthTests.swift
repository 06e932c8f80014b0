import FieldCore
import FieldStore
import Testing
import TestSupport

/// Two valid records with different fields can merge into one with more than `Record.maximumFieldCount`
/// fields (the push fuzz target's merge check fails on it: Fixtures/fuzz/push/pair-wide-merge-over-field-limit.json).
///
/// The central store once accepted both pushes and served a record that every device's pull
/// refused as invalid, so no device could pull past it again. It now refuses the push whose
/// merge would be invalid (422 invalid_record), and keeps the first.
struct MergeWidthTests {
    /// A note from `device` writing `count` fields named `prefix0`, `prefix1`, ...
    static func make(device: String, prefix: String, count: Int = 40) -> Record {
        let writer = DeviceID(device)
        let mark = WriteMark(dot: Dot(device: writer, counter: 1), officer: "Sanne", at: Timestamp(milliseconds: 1))
        var fields: [String: FieldRegister] = [:]
        for index in 0..<count {
            fields["\(prefix)\(index)"] = FieldRegister(single: FieldEntry(value: .text("x"), mark: mark))
        }
        return Record(id: "wide-note", kind: .note, version: VersionVector([writer: 1]), fields: fields)
    }

    @Test func push_WhoseMergeExceedsFieldLimit_IsRefused() throws {
        let folder = TemporaryFolder()
        let central = try CentralStore.openOrCreate(at: folder.file("central.sqlite"))
        let first = Self.make(device: "dev-a", prefix: "a")
        let second = Self.make(device: "dev-b", prefix: "b")
        #expect(first.validationProblem() == nil && second.validationProblem() == nil)
        #expect(RecordMerge.merge(first, second).fields.count > Record.maximumFieldCount)
        _ = try central.push([first], from: DeviceID("dev-a"))
        #expect(throws: PushRejection.self) { try central.push([second], from: DeviceID("dev-b")) }
        // Whatever the store holds, a device must be able to pull it.
        let stored = try #require(try central.record(id: "wide-note"))
        #expect(stored.validationProblem() == nil)
        #expect(stored == first, "the refused push left the stored record as it was")
    }
}
