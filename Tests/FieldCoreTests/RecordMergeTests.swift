import Testing
@testable import FieldCore

@Suite struct RecordMergeTests {
    static let alice = Author(device: DeviceID("aaaa"), officer: "Alice", at: Timestamp(milliseconds: 1_000))
    static let bram = Author(device: DeviceID("bbbb"), officer: "Bram", at: Timestamp(milliseconds: 2_000))

    static func make(topic: String = "parking", summary: String = "Cars on the pavement") -> Record {
        NoteDraft(neighbourhood: "Lombok", officer: "Alice", topic: topic, summary: summary)
            .record(id: "n1", by: alice)
    }

    @Test func incomingEqualOrDominated_ChangesNothing() throws {
        let original = Self.make()
        let edited = try #require(original.writing(["topic": .text("litter")], by: Self.alice))
        #expect(RecordMerge.apply(original, to: edited).change == .unchanged)
        #expect(RecordMerge.apply(edited, to: edited).change == .unchanged)
        #expect(RecordMerge.apply(original, to: edited).record == edited)
    }

    @Test func incomingDominating_ReplacesStored() throws {
        let original = Self.make()
        let edited = try #require(original.writing(["topic": .text("litter")], by: Self.bram))
        let outcome = RecordMerge.apply(edited, to: original)
        #expect(outcome.change == .updated)
        #expect(outcome.record == edited)
    }

    @Test func concurrentEditsOfDifferentFields_MergeWithoutConflict() throws {
        let original = Self.make()
        let left = try #require(original.writing(["topic": .text("litter")], by: Self.alice))
        let right = try #require(original.writing(["summary": .text("Bins overflow")], by: Self.bram))
        let merged = RecordMerge.merge(left, right)
        #expect(!merged.hasConflict)
        #expect(merged.value("topic") == .text("litter"))
        #expect(merged.value("summary") == .text("Bins overflow"))
        #expect(merged.version.descends(from: left.version) && merged.version.descends(from: right.version))
    }

    @Test func concurrentEditsOfSameField_KeepBothValuesAsConflict() throws {
        let original = Self.make()
        let left = try #require(original.writing(["topic": .text("litter")], by: Self.alice))
        let right = try #require(original.writing(["topic": .text("noise")], by: Self.bram))
        let merged = RecordMerge.merge(left, right)
        #expect(merged.conflictedFields == ["topic"])
        let entries = try #require(merged.fields["topic"]).entries
        #expect(Set(entries.map(\.value)) == [.text("litter"), .text("noise")])
        #expect(Set(entries.map(\.mark.officer)) == ["Alice", "Bram"])
        #expect(RecordMerge.apply(right, to: left).change == .conflicted)
    }

    @Test func concurrentEqualValues_AreNoConflict() throws {
        let original = Self.make()
        let left = try #require(original.writing(["topic": .text("litter")], by: Self.alice))
        let right = try #require(original.writing(["topic": .text("litter")], by: Self.bram))
        #expect(!RecordMerge.merge(left, right).hasConflict)
    }

    @Test func deleteConcurrentWithEdit_IsConflictAndStaysVisible() throws {
        let original = Self.make()
        let deleted = try #require(original.deleting(clearing: NoteField.clearedPersonalFields, by: Self.alice))
        let edited = try #require(original.writing(["summary": .text("More detail")], by: Self.bram))
        let merged = RecordMerge.merge(deleted, edited)
        #expect(merged.conflictedFields.contains(RecordField.deleted))
        #expect(!merged.isDeleted, "a contested delete must not hide the note")
        #expect(try #require(merged.fields["summary"]).entries.contains { $0.value == .text("More detail") })
    }

    @Test func resolvingConflict_DominatesEveryAlternative() throws {
        let original = Self.make()
        let left = try #require(original.writing(["topic": .text("litter")], by: Self.alice))
        let right = try #require(original.writing(["topic": .text("noise")], by: Self.bram))
        let merged = RecordMerge.merge(left, right)
        let resolved = try #require(merged.writing(["topic": .text("noise")], by: Self.alice))
        #expect(!resolved.hasConflict)
        #expect(resolved.version.dominates(left.version) && resolved.version.dominates(right.version))
        #expect(RecordMerge.merge(resolved, left) == resolved)
        #expect(RecordMerge.merge(right, resolved) == resolved)
    }

    @Test func writing_SameValue_IsNoWrite() {
        #expect(Self.make().writing(["topic": .text("parking")], by: Self.alice) == nil)
    }

    @Test func everyWrite_IncrementsTheWritersCounterOnce() throws {
        let created = Self.make()
        #expect(created.version[Self.alice.device] == 1)
        let edited = try #require(created.writing(["topic": .text("a"), "summary": .text("b")], by: Self.alice))
        #expect(edited.version[Self.alice.device] == 2)
        let deleted = try #require(edited.deleting(clearing: NoteField.clearedPersonalFields, by: Self.alice))
        #expect(deleted.version[Self.alice.device] == 3)
        #expect(deleted.isDeleted)
        #expect(deleted.value("summary") == .text(""))
        #expect(deleted.value("topic") == .text("a"), "non-personal fields stay for counts")
    }

    @Test func validation_RejectsDotOutsideVersion() {
        var record = Self.make()
        record.version = .empty
        #expect(record.validationProblem() != nil)
        #expect(Self.make().validationProblem() == nil)
    }
}
