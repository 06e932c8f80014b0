import FieldCore
import FieldStore
import HTTPKit
import Testing

/// The pages that change notes: settling conflicts and the follow-up form, and their CSRF defences.
@Suite struct ReviewWriteTests {
    static func conflicted() throws -> (ReviewWorld, ReviewBrowser, String) {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = world.sample.notes[0].id
        try world.conflict(id, field: "summary", ("Anna", .text("Vans at 8:00")), ("Bram", .text("Vans at 17:00")))
        return (world, browser, id)
    }

    /// The radio value of the alternative showing `text` on a conflict page.
    static func choice(_ page: String, showing text: String) throws -> String {
        let before = try #require(page.range(of: "<span class=\"value\">\(text)</span>"))
        let values = page[..<before.lowerBound].components(separatedBy: "value=\"")
        return String(try #require(values.last?.prefix { $0 != "\"" }))
    }

    @Test func conflictPage_ListsEveryAlternativeWithWhoWhereAndWhen() throws {
        let (_, browser, id) = try Self.conflicted()
        let page = browser.get("/review/notes/\(id)/conflicts")
        #expect(page.status == .ok)
        #expect(page.bodyText.contains("Vans at 8:00") && page.bodyText.contains("by Anna on laptop-0"))
        #expect(page.bodyText.contains("Vans at 17:00") && page.bodyText.contains("by Bram on laptop-1"))
        #expect(page.bodyText.contains("name=\"new.summary\""))
        #expect(browser.get("/review/notes/\(id)").bodyText.contains("1 field is in conflict."))
    }

    @Test func resolve_PickedAlternative_ReachesTheStoreAsTheCoordinator() throws {
        let (world, browser, id) = try Self.conflicted()
        let page = browser.get("/review/notes/\(id)/conflicts").bodyText
        let pick = try Self.choice(page, showing: "Vans at 17:00")
        let response = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.summary", pick)])
        #expect(response.status == .seeOther && response.headers["Location"] == "/review/notes/\(id)")
        let record = try world.record(id)
        #expect(record.conflictedFields.isEmpty && record.value("summary") == .text("Vans at 17:00"))
        let entry = try #require(record.fields["summary"]?.entries.first)
        #expect(entry.dot.device.rawValue == "coord:carla-smit" && entry.mark.officer == "Carla Smit")
        #expect(try world.gate.withStore { try $0.history(id: id) }.last?.source == "coord:carla-smit")
        #expect(browser.get("/review/notes/\(id)/conflicts").bodyText.contains("no conflicts left"))
    }

    @Test func resolve_NewValue_IsParsedForItsField() throws {
        let (world, browser, id) = try Self.conflicted()
        try world.conflict(id, field: "mood", ("Anna", .text("neutral")), ("Bram", .text("positive")))
        let bad = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.mood", "new"), ("new.mood", "furious")])
        #expect(bad.status == .unprocessableContent && bad.bodyText.contains("not a valid value for “Mood”"))
        #expect(try world.record(id).conflictedFields == ["mood", "summary"], "nothing was written")
        let good = browser.post("/review/notes/\(id)/conflicts", [
            ("csrf", browser.csrf), ("choice.mood", "new"), ("new.mood", "Concerned"), ("choice.summary", "new"),
            ("new.summary", "Vans at 8:00 and 17:00"),
        ])
        #expect(good.status == .seeOther)
        let record = try world.record(id)
        #expect(record.value("mood") == .text("concerned") && record.value("summary") == .text("Vans at 8:00 and 17:00"))
    }

    @Test func resolve_NothingChosenOrStaleChoice_ChangesNothing() throws {
        let (world, browser, id) = try Self.conflicted()
        let none = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf)])
        #expect(none.status == .unprocessableContent && none.bodyText.contains("Pick a value"))
        let stale = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.summary", "dot:laptop-9:1")])
        #expect(stale.status == .conflict)
        let settled = browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.mood", "new"), ("new.mood", "neutral")])
        #expect(settled.status == .conflict, "mood is not in conflict: someone settled it meanwhile")
        #expect(try world.record(id).conflictedFields == ["summary"])
    }

    @Test func followUp_AssignDueDateAndDone_WriteAsTheCoordinator() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        try world.enroll("Lotte Verhoeven", role: .officer)
        let note = try #require(world.sample.notes.first { $0.followUpStatus == .open })
        let board = browser.get("/review/followups").bodyText
        #expect(board.contains("<option value=\"Lotte Verhoeven\">Lotte Verhoeven</option>"), "enrolled officers to pick from")
        let assign = browser.post("/review/followups/\(note.id)", [
            ("csrf", browser.csrf), ("owner", "Lotte Verhoeven"), ("due", "2026-12-01"), ("action", "save"),
        ])
        #expect(assign.status == .seeOther && assign.headers["Location"] == "/review/followups#n-\(note.id)")
        var stored = Note(record: try world.record(note.id))
        #expect(stored.followUpOwner == "Lotte Verhoeven" && stored.followUpDue == ISO8601Format.parse("2026-12-01"))
        #expect(stored.followUpStatus == .open)
        #expect(try world.gate.withStore { try $0.history(id: note.id) }.last?.source == "coord:carla-smit")
        browser.post("/review/followups/\(note.id)", [("csrf", browser.csrf), ("owner", "Lotte Verhoeven"), ("due", "2026-12-01"), ("action", "done")])
        stored = Note(record: try world.record(note.id))
        #expect(stored.followUpStatus == .done)
        let done = try #require(browser.get("/review/followups").bodyText.range(of: "Done <span"))
        #expect(browser.get("/review/followups").bodyText[done.upperBound...].contains("id=\"n-\(note.id)\""))
        let clear = browser.post("/review/followups/\(note.id)", [("csrf", browser.csrf), ("owner", ""), ("due", ""), ("action", "reopen")])
        #expect(clear.status == .seeOther)
        stored = Note(record: try world.record(note.id))
        #expect(stored.followUpOwner == nil && stored.followUpDue == nil && stored.followUpStatus == .open)
        let bad = browser.post("/review/followups/\(note.id)", [("csrf", browser.csrf), ("due", "next week")])
        #expect(bad.status == .unprocessableContent)
    }

    @Test func writes_WithoutValidCSRFOrFromAnotherSite_AreRefusedAndChangeNothing() throws {
        let (world, browser, id) = try Self.conflicted()
        let other = ReviewBrowser(world)
        other.signIn(try world.enroll("Dirk Dekker", role: .coordinator))
        let pick = try Self.choice(browser.get("/review/notes/\(id)/conflicts").bodyText, showing: "Vans at 8:00")
        let target = "/review/notes/\(id)/conflicts"
        let attempts: [(String, HTTPResponse)] = [
            ("no token", browser.post(target, [("choice.summary", pick)])),
            ("wrong token", browser.post(target, [("csrf", "AAAA"), ("choice.summary", pick)])),
            ("another session's token", browser.post(target, [("csrf", other.csrf), ("choice.summary", pick)])),
            ("foreign Origin", browser.post(target, [("csrf", browser.csrf), ("choice.summary", pick)], origin: "https://evil.example", site: nil)),
            ("cross-site fetch", browser.post(target, [("csrf", browser.csrf), ("choice.summary", pick)], site: "cross-site")),
        ]
        for (what, response) in attempts {
            #expect(response.status == .forbidden, "\(what)")
            #expect(response.bodyText.contains("This form could not be accepted"), "\(what)")
        }
        #expect(try world.record(id).conflictedFields == ["summary"], "nothing was written")
        let note = world.sample.notes[1].id
        #expect(browser.post("/review/followups/\(note)", [("owner", "X"), ("action", "done")]).status == .forbidden)
        #expect(Note(record: try world.record(note)).followUpOwner == nil)
        #expect(world.log.filter { $0.contains("reason=review_csrf_token") || $0.contains("reason=review_foreign_origin") }.count == 6)
        let sameOrigin = browser.post(target, [("csrf", browser.csrf), ("choice.summary", pick)], origin: "http://review.test", site: nil)
        #expect(sameOrigin.status == .seeOther, "an Origin naming this host, with the right token, is accepted")
    }
}
