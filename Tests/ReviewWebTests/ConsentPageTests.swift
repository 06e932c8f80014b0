import FieldCore
import FieldStore
import HTTPKit
import Testing

/// Consent on the review pages: who recorded it and when, in both languages and escaped, and
/// settling a contact or consent conflict in one write that keeps contact beside its consent.
@Suite struct ConsentPageTests {
    static let recorded = ReviewWorld.start.adding(milliseconds: -3_600_000)

    /// A note with a contact, whose consent Anna withdrew while Bram wrote a new contact (and optionally Chris another).
    static func contestedConsent(_ world: ReviewWorld, threeWay: Bool = false) throws -> String {
        let id = try world.pushNote(officer: "Anna", values: ["contact": .text("06-00001111"), "consent": .bool(true)])
        let base = try world.record(id)
        var writes: [(String, [String: FieldValue])] = [("Anna", ["consent": .bool(false)]), ("Bram", ["contact": .text("06-00002222")])]
        if threeWay { writes.append(("Chris", ["contact": .text("06-00003333")])) }
        for (index, (officer, changes)) in writes.enumerated() {
            let device = DeviceID("laptop-\(index)")
            let edited = try #require(base.writing(changes, by: Author(device: device, officer: officer, at: recorded.adding(milliseconds: Int64(index + 1) * 60_000))))
            _ = try world.gate.withStore { try $0.push([edited], from: device) }
        }
        return id
    }

    @Test func notePage_SaysWhoRecordedConsentAndWhen_EscapedInBothLanguages() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = try world.pushNote(officer: ReviewWorld.hostile, values: ["contact": .text("06-00001111"), "consent": .bool(true)], at: Self.recorded)
        let moment = Self.recorded.localMinute
        let english = browser.get("/review/notes/\(id)").bodyText
        #expect(english.contains("<dt>Consent</dt><dd>given by &lt;script&gt;alert(1)&lt;/script&gt; on \(moment)</dd>"))
        #expect(!english.contains(ReviewWorld.hostile))
        browser.language = "nl"
        let dutch = browser.get("/review/notes/\(id)").bodyText
        #expect(dutch.contains("<dt>Toestemming</dt><dd>gegeven, vastgelegd door &lt;script&gt;alert(1)&lt;/script&gt; op \(moment)</dd>"))
    }

    @Test func settlingContact_RecordsConsentWithItAsTheCoordinator() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = try Self.contestedConsent(world)
        #expect(Set(try world.record(id).conflictedFields) == ["consent", "contact"])
        let page = browser.get("/review/notes/\(id)/conflicts").bodyText
        let pick = try ReviewWriteTests.choice(page, showing: "06-00002222")
        let response = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.contact", pick)])
        #expect(response.status == .seeOther)
        let record = try world.record(id)
        #expect(record.validationProblem() == nil && !record.hasConflict && record.value("contact") == .text("06-00002222"))
        let consent = try #require(ConsentRecord(record: record))
        #expect(consent.decision == .given && consent.mark.officer == "Carla Smit")
        #expect(browser.get("/review/notes/\(id)").bodyText.contains("given by Carla Smit on "))
    }

    @Test func settlingConsentNoWithAContact_WithdrawalWins() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = try Self.contestedConsent(world)
        let page = browser.get("/review/notes/\(id)/conflicts").bodyText
        let contact = try ReviewWriteTests.choice(page, showing: "06-00002222")
        let response = browser.post("/review/notes/\(id)/conflicts", [
            ("csrf", browser.csrf), ("choice.contact", contact), ("choice.consent", "new"), ("new.consent", "no"),
        ])
        #expect(response.status == .seeOther)
        let record = try world.record(id)
        #expect(record.value("contact") == .null && record.value("consent") == .bool(false) && !record.hasConflict)
        #expect(!record.storedFields.contains("06-0000"))
    }

    @Test func settlingConsentYesWithTwoContacts_IsRefusedAndChangesNothing() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = try Self.contestedConsent(world, threeWay: true)
        let before = try world.record(id)
        let response = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.consent", "new"), ("new.consent", "yes")])
        #expect(response.status == .unprocessableContent && response.bodyText.contains("Pick the contact to keep"))
        #expect(try world.record(id) == before)
    }
}
