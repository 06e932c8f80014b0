import Testing
@testable import FieldCore

/// The erasure write and the sticky rule, case by case (ErasurePropertyTests checks them at random).
@Suite struct ErasureRuleTests {
    static let anna = Author(device: DeviceID("aaaa"), officer: "Anna", at: Timestamp(milliseconds: 1_000))
    static let bram = Author(device: DeviceID("bbbb"), officer: "Bram", at: Timestamp(milliseconds: 2_000))
    static let retention = Author(device: DeviceID("coord:retention"), officer: "retention policy", at: Timestamp(milliseconds: 9_000))
    static let carla = CoordinatorActor.author("Carla Smit", at: Timestamp(milliseconds: 9_500))

    static func make(contact: String? = "06-12345678") -> Record {
        NoteDraft(standID: "s1", neighbourhood: "Lombok", location: "Kanaalstraat", recordedAt: Timestamp(milliseconds: 500),
                  officer: "Anna", topic: "noise", summary: "Parties every Friday", tags: ["evening"], followUp: "Call back",
                  contact: contact).record(id: "n1", by: anna)
    }

    @Test func contactErasure_ClearsContactAndConsentOnly() throws {
        let erased = try #require(Self.make().erasing(.contact, by: Self.retention))
        #expect(erased.value("contact") == .null)
        #expect(erased.value("consent") == .bool(false))
        #expect(erased.value("summary") == .text("Parties every Friday"))
        #expect(erased.value("deleted") == .bool(false))
        #expect(erased.fields["deleted"]?.entries.first?.dot.device == Self.anna.device, "an erasure is no edit: deleted untouched")
        #expect(erased.erasure == Erasure(level: .contact, byRetention: true, at: Self.retention.at))
        #expect(erased.validationProblem() == nil)
        #expect(erased.erasing(.contact, by: Self.retention) == nil, "already erased at that level")
    }

    @Test func noteErasure_ClearsEveryFieldButWhenAndWhere() throws {
        let erased = try #require(Self.make().erasing(.note, by: Self.carla))
        #expect(erased.isDeleted)
        #expect(erased.erasure?.level == .note && erased.erasure?.byRetention == false)
        for (name, register) in erased.fields {
            #expect(register.entries.count == 1 && register.entries[0].dot.device == Self.carla.device, "\(name) rewritten by the erasure")
        }
        #expect(erased.value("neighbourhood") == .text("Lombok"))
        #expect(erased.value("stand_id") == .text("s1"))
        #expect(erased.value("recorded_at") == .number(500))
        for field in ["topic", "summary", "location", "officer"] { #expect(erased.value(field) == .text(""), "\(field)") }
        for field in ["contact", "follow_up", "follow_up_status", "mood", "participants"] { #expect(erased.value(field) == .null, "\(field)") }
        #expect(erased.value("tags") == .list([]))
        #expect(erased.validationProblem() == nil)
        #expect(erased.erasing(.contact, by: Self.retention) == nil, "a note erasure includes the contact")
    }

    @Test func olderCopy_LosesAgainstErasure() throws {
        let original = Self.make()
        let erased = try #require(original.erasing(.contact, by: Self.retention))
        #expect(RecordMerge.merge(original, erased) == erased)
        #expect(RecordMerge.apply(original, to: erased).change == .unchanged)
    }

    @Test func concurrentContactWrite_IsDroppedButStaysSeen() throws {
        let original = Self.make()
        let erased = try #require(original.erasing(.contact, by: Self.retention))
        let stale = try #require(original.writing(["contact": .text("bram@example.org"), "consent": .bool(true), "topic": .text("parking")], by: Self.bram))
        let merged = RecordMerge.merge(erased, stale)
        #expect(merged == RecordMerge.merge(stale, erased))
        #expect(merged.fields["contact"]?.entries.map(\.value) == [.null])
        #expect(merged.value("consent") == .bool(false))
        #expect(merged.value("topic") == .text("parking"), "the rest of the concurrent write stands")
        #expect(merged.version[Self.bram.device] == 1, "the dropped write stays seen")
        #expect(RecordMerge.merge(merged, stale) == merged, "and can never come back")
        #expect(merged.validationProblem() == nil)
    }

    @Test func concurrentEditOfErasedNote_IsDroppedEverywhere() throws {
        let original = Self.make()
        let erased = try #require(original.erasing(.note, by: Self.carla))
        let stale = try #require(original.writing(["summary": .text("More parties"), "location": .text("Kanaalstraat 12")], by: Self.bram))
        let merged = RecordMerge.merge(stale, erased)
        #expect(merged.value("summary") == .text("") && merged.value("location") == .text(""))
        #expect(merged.isDeleted && !merged.hasConflict, "the stale edit's deleted=false is dropped too")
        #expect(merged.validationProblem() == nil)
    }

    @Test func erasureByDevice_IsInvalid() throws {
        var forged = Self.make()
        forged = try #require(forged.writing(["erased": .text("contact"), "contact": .null], by: Self.bram))
        #expect(forged.validationProblem()?.contains("not a coordinator") == true)
    }

    @Test func erasedRecordHoldingContact_IsInvalid() throws {
        let erased = try #require(Self.make().erasing(.contact, by: Self.retention))
        var broken = erased
        let mark = WriteMark(dot: Dot(device: Self.anna.device, counter: 1), officer: "Anna", at: Self.anna.at)
        broken.fields["contact"] = FieldRegister([FieldEntry(value: .text("06-1"), mark: mark)] + erased.fields["contact"]!.entries)
        #expect(broken.validationProblem()?.contains("erasure removed") == true)
    }

    @Test func unknownErasureLevel_IsInvalid() throws {
        var record = Self.make()
        record = try #require(record.writing(["erased": .text("everything")], by: Self.carla))
        #expect(record.validationProblem()?.contains("\"contact\" or \"note\"") == true)
    }

    @Test func concurrentErasuresAfterRestore_KeepTheHigherLevelWithoutConflict() throws {
        let original = Self.make()
        let before = try #require(original.erasing(.note, by: Self.retention))
        let restored = try #require(original.erasing(.contact, by: Author(device: DeviceID("coord:retention.r1"), officer: "retention policy", at: Self.retention.at)))
        let merged = RecordMerge.merge(before, restored)
        #expect(merged == RecordMerge.merge(restored, before))
        #expect(merged.erasure?.level == .note && merged.erasure?.byRetention == true)
        #expect(!merged.hasConflict)
        #expect(merged.validationProblem() == nil)
    }

    @Test func edits_AreRefusedWhereTheErasureForbidsThem() throws {
        let contactErased = try #require(Self.make().erasing(.contact, by: Self.retention))
        #expect(contactErased.erasureForbidding(["summary"]) == nil)
        #expect(contactErased.erasureForbidding(["contact"])?.level == .contact)
        #expect(contactErased.erasureForbidding(["consent", "topic"])?.level == .contact)
        let noteErased = try #require(Self.make().erasing(.note, by: Self.carla))
        #expect(noteErased.erasureForbidding(["mood"])?.level == .note)
        #expect(Self.make().erasureForbidding(["contact"]) == nil)
    }

    @Test func retentionActor_IsRecognisedInEveryGeneration() {
        #expect(ErasureRule.isRetentionActor(DeviceID("coord:retention")))
        #expect(ErasureRule.isRetentionActor(DeviceID("coord:retention.r3")))
        #expect(!ErasureRule.isRetentionActor(DeviceID("coord:retention-team")))
        #expect(!ErasureRule.isRetentionActor(DeviceID("coord:carla-smit")))
        #expect(!ErasureRule.isRetentionActor(DeviceID("coord:retention.rx")))
    }

    @Test func agePeriod_ParsesUnitsAndRefusesTheRest() {
        func milliseconds(_ text: String) -> Int64 { AgePeriod(parsing: text).map(\.milliseconds) ?? -1 }
        let day: Int64 = 86_400_000
        #expect(milliseconds("14d") == 14 * day)
        #expect(milliseconds("2w") == 14 * day)
        #expect(milliseconds("36h") == 36 * 3_600_000)
        #expect(milliseconds("2y") == 730 * day)
        #expect(milliseconds("0d") == 0, "zero is a period; retention refuses it itself")
        for bad in ["", "d", "2Y", "-3d", "1.5d", "30", "30m", "30 days", "100000y"] {
            #expect(AgePeriod(parsing: bad) == nil, "\(bad)")
        }
    }
}
