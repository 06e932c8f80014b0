import FieldCore
import FieldStore
import Foundation
import HTTPKit
import Testing

/// The review pages' audit entries: each view of a note and each change, as the signed-in coordinator.
@Suite struct AuditReviewTests {
    static func entries(_ world: ReviewWorld) throws -> [AuditEntry] {
        try world.gate.withStore { try $0.auditEntries(AuditFilter()) }.reversed()
    }

    /// The `web:<selector>` device of Carla's sign-in, as `devices` lists her token.
    static func carlasDevice(_ world: ReviewWorld) throws -> String {
        "web:" + (try #require(try world.gate.withStore { try $0.tokens() }.first { $0.officer == "Carla Smit" }).selector)
    }

    @Test func notePage_IsAuditedAsAViewOfThatNote_ByTheCoordinator() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = world.sample.notes[3].id
        #expect(browser.get("/review/notes").status == .ok)
        #expect(try Self.entries(world).isEmpty, "the list is not a view of one note")
        #expect(browser.get("/review/notes/\(id.prefix(8))").status == .ok)
        let view = try #require(try Self.entries(world).last)
        #expect(view.event == AuditEvent(actor: "Carla Smit", role: .coordinator, device: try Self.carlasDevice(world), action: .view,
                                         recordIDs: [id], detail: ["page": .string("note")]))
        #expect(view.at == ReviewWorld.start, "the server's clock")
        #expect(browser.get("/review/notes/nothing-like-this").status == .notFound)
        #expect(try Self.entries(world).count == 1, "no entry for a note that is not there")
    }

    @Test func conflictPageAndResolve_AreAudited_TheResolveWithItsFields() throws {
        let (world, browser, id) = try ReviewWriteTests.conflicted()
        let page = browser.get("/review/notes/\(id)/conflicts").bodyText
        let pick = try ReviewWriteTests.choice(page, showing: "Vans at 17:00")
        #expect(browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf), ("choice.summary", pick)]).status == .seeOther)
        let entries = try Self.entries(world)
        #expect(entries.map(\.event.action) == [.view, .resolve])
        #expect(entries.allSatisfy { $0.event.recordIDs == [id] && $0.event.actor == "Carla Smit" })
        #expect(entries.first?.event.detail == ["page": .string("conflicts")])
        #expect(entries.last?.event.detail == ["fields": .array([.string("summary")])])
        let bodies = entries.map { "\($0.event)" }.joined()
        #expect(!bodies.contains("Vans at"), "the values chosen are not in the audit trail")
    }

    @Test func resolve_RefusedOrNothingChosen_LeavesNoAuditEntry() throws {
        let (world, browser, id) = try ReviewWriteTests.conflicted()
        #expect(browser.post("/review/notes/\(id)/conflicts", [("csrf", browser.csrf)]).status == .unprocessableContent)
        #expect(browser.post("/review/notes/\(id)/conflicts", [("csrf", "AAAA"), ("choice.summary", "x")]).status == .forbidden)
        #expect(try Self.entries(world).isEmpty)
    }

    @Test func followUpChanges_AreAuditedAsAssignAndDone() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let note = try #require(world.sample.notes.first { $0.followUpStatus == .open })
        browser.post("/review/followups/\(note.id)", [("csrf", browser.csrf), ("owner", "Lotte Verhoeven"), ("due", "2026-12-01"), ("action", "save")])
        browser.post("/review/followups/\(note.id)", [("csrf", browser.csrf), ("owner", "Lotte Verhoeven"), ("due", "2026-12-01"), ("action", "done")])
        let entries = try Self.entries(world)
        #expect(entries.map(\.event.action) == [.assign, .done])
        #expect(entries.first?.event.detail == [
            "fields": .array(["follow_up_due", "follow_up_owner"].map(JSONValue.string)), "changed": .bool(true),
        ])
        #expect(entries.last?.event.detail["fields"] == .array(["follow_up_due", "follow_up_owner", "follow_up_status"].map(JSONValue.string)))
        #expect(entries.allSatisfy { $0.event.recordIDs == [note.id] && $0.event.device == (try? Self.carlasDevice(world)) })
        guard case .intact(2, _) = try world.gate.withStore({ try $0.verifyAudit() }) else { Issue.record("chain broken"); return }
    }
}
