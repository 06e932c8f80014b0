import Testing
@testable import FieldCore

/// The consent rule (Record+ConsentRule), the local writes that keep it (Record+ConsentPairing),
/// and who recorded consent (ConsentRecord).
@Suite struct ConsentRuleTests {
    static let alice = Author(device: DeviceID("aaaa"), officer: "Alice", at: Timestamp(milliseconds: 1_000))
    static let bram = Author(device: DeviceID("bbbb"), officer: "Bram", at: Timestamp(milliseconds: 2_000))
    static let carla = Author(device: DeviceID("cccc"), officer: "Carla", at: Timestamp(milliseconds: 3_000))

    static func make(contact: String? = "Mrs. J. Bakker, 06-00001234") -> Record {
        NoteDraft(neighbourhood: "Lombok", recordedAt: Timestamp(milliseconds: 500), officer: "Alice", topic: "parking",
                  summary: "Vans", contact: contact).record(id: "n1", by: alice)
    }

    /// `record` with one field set by a write of its own, bypassing the pairing (as a foreign client could).
    static func rawWrite(_ record: Record, _ name: String, _ value: FieldValue, by author: Author) -> Record {
        var written = record
        let dot = written.version.increment(author.device)
        written.fields[name] = FieldRegister(single: FieldEntry(value: value, mark: WriteMark(dot: dot, officer: author.officer, at: author.at)))
        return written
    }

    @Test func validation_RefusesContactWithoutSameDotConsent() throws {
        let valid = Self.make()
        #expect(valid.validationProblem() == nil)
        let contactAlone = Self.rawWrite(valid, "contact", .text("06-11112222"), by: Self.bram)
        let problem = try #require(contactAlone.validationProblem())
        #expect(problem.contains("without consent") && problem.contains("bbbb:1"))
        #expect(!problem.contains("06-1111"), "the message never carries the contact")
        let consentOnly = Self.rawWrite(valid, "consent", .bool(true), by: Self.bram)
        #expect(consentOnly.validationProblem() != nil, "the standing contact lost its consent entry")
    }

    @Test func validation_AllowsConsentWithoutContactAndNullContact() {
        let none = Self.make(contact: nil)
        #expect(none.validationProblem() == nil)
        #expect(Self.rawWrite(none, "contact", .null, by: Self.bram).validationProblem() == nil)
        #expect(Self.rawWrite(none, "consent", .bool(true), by: Self.bram).validationProblem() == nil)
        let falseConsent = Self.rawWrite(Self.make(), "consent", .bool(false), by: Self.bram)
        #expect(falseConsent.validationProblem() != nil)
    }

    @Test func writingContact_WritesConsentTrueWithTheSameDot() throws {
        let written = try #require(Self.make(contact: nil).writing(["contact": .text("k@example.org")], by: Self.bram))
        let contact = try #require(written.fields["contact"]?.entries.first)
        let consent = try #require(written.fields["consent"]?.entries.first)
        #expect(contact.dot == consent.dot && consent.value == .bool(true))
        #expect(written.validationProblem() == nil)
    }

    @Test func withdrawingConsent_ClearsContactInTheSameWrite() throws {
        let withdrawn = try #require(Self.make().writing(["consent": .bool(false)], by: Self.bram))
        #expect(withdrawn.value("contact") == .null && withdrawn.value("consent") == .bool(false))
        #expect(withdrawn.fields["contact"]?.entries.first?.dot == withdrawn.fields["consent"]?.entries.first?.dot)
        #expect(withdrawn.writing(["consent": .bool(false)], by: Self.bram) == nil, "withdrawing twice is no write")
    }

    @Test func contactWithConsentFalse_StoresNoContact() throws {
        let written = try #require(Self.make().writing(["contact": .text("06-1"), "consent": .bool(false)], by: Self.bram))
        #expect(written.value("contact") == .null && written.value("consent") == .bool(false))
    }

    @Test func rewritingConsentOnly_RewritesItsContact() throws {
        let note = Self.make()
        let contact = note.value("contact")
        // The contact already holds its value, so only the pairing keeps it beside the new consent.
        let written = try #require(note.writing(["contact": contact, "consent": .bool(true), "topic": .text("noise")], by: Self.bram))
        #expect(written.validationProblem() == nil)
        let again = try #require(note.writing(["consent": .bool(true), "topic": .text("noise")], by: Self.bram))
        #expect(again.validationProblem() == nil)
        #expect(again.value("contact") == contact)
    }

    @Test func withdrawalConcurrentWithContactEdit_IsAConflictOfPairs() throws {
        let base = Self.make()
        let withdrawn = try #require(base.writing(["consent": .bool(false)], by: Self.alice))
        let edited = try #require(base.writing(["contact": .text("06-99998888")], by: Self.bram))
        let merged = RecordMerge.merge(withdrawn, edited)
        #expect(merged.validationProblem() == nil)
        #expect(Set(merged.conflictedFields) == ["consent", "contact"])
        #expect(RecordMerge.merge(edited, withdrawn) == merged)
        // Settling consent to true keeps the one contact standing; settling contact records consent with it.
        let kept = try #require(merged.resolving(.consent, to: .bool(true), by: Self.carla))
        #expect(kept.value("contact") == .text("06-99998888") && !kept.hasConflict && kept.validationProblem() == nil)
        let cleared = try #require(merged.resolving(.contact, to: .null, by: Self.carla))
        #expect(cleared.value("consent") == .bool(false) && !cleared.hasConflict)
    }

    @Test func settlingConsentWithTwoContacts_IsRefused() throws {
        let base = Self.make()
        let left = try #require(base.writing(["contact": .text("06-1")], by: Self.alice))
        let right = try #require(base.writing(["contact": .text("06-2")], by: Self.bram))
        let withdrawn = try #require(base.writing(["consent": .bool(false)], by: Self.carla))
        let merged = [right, withdrawn].reduce(left, RecordMerge.merge)
        #expect(merged.consentResolutionProblem(.consent, to: .bool(true)) != nil)
        #expect(merged.resolving(.consent, to: .bool(true), by: Self.carla) == nil)
        let settled = try #require(merged.resolving(.contact, to: .text("06-2"), by: Self.carla))
        #expect(settled.value("consent") == .bool(true) && !settled.hasConflict)
    }

    @Test func consentRecord_SaysWhoDecidedAndWhen() throws {
        let given = try #require(ConsentRecord(record: Self.make()))
        #expect(given.decision == .given && given.mark.officer == "Alice")
        #expect(given.sentence(time: { String($0.milliseconds) }) == "given by Alice on 1000")
        #expect(ConsentRecord(record: Self.make(contact: nil))?.decision == .notGiven)
        let withdrawn = try #require(Self.make().writing(["consent": .bool(false)], by: Self.bram))
        #expect(ConsentRecord(record: withdrawn)?.sentence(time: { String($0.milliseconds) }) == "withdrawn by Bram on 2000")
        let deleted = try #require(Self.make().deleting(clearing: NoteField.clearedPersonalFields, by: Self.bram))
        #expect(ConsentRecord(record: deleted)?.decision == .clearedByDelete)
    }
}
