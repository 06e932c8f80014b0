import FieldCore
import FieldStore
import Testing
import TestSupport

/// Two valid records with different fields can merge into one with more than `Record.maximumFieldCount`
/// fields (the push fuzz target's merge check fails on it: Fixtures/fuzz/push/pair-wide-merge-over-field-limit.json).
///
/// Today the central store accepts both pushes and serves a record that every device's pull
/// refuses as invalid, so no device can pull past it again. The store should refuse the push
/// whose merge would be invalid. Marked as a known issue until it does: then `withKnownIssue`
/// fails this test, and the wrapper should go.
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
        withKnownIssue("the central store keeps a merge wider than Record.maximumFieldCount") {
            #expect(throws: PushRejection.self) { try central.push([second], from: DeviceID("dev-b")) }
            // Whatever the store holds, a device must be able to pull it.
            let stored = try #require(try central.record(id: "wide-note"))
            #expect(stored.validationProblem() == nil)
        }
    }
}
