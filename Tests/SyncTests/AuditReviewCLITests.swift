import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server review` commands write their audit entries: who (the login, or `--as`), which notes, never their words.
@Suite struct AuditReviewCLITests {
    /// `fieldkit-server review ARGUMENTS --store STORE`, run by the login `duty-admin`.
    static func review(_ workspace: ReviewWorkspace, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.server(["review"] + arguments + ["--store", workspace.store], environment: ["USER": "duty-admin"])
    }

    static func entries(_ workspace: ReviewWorkspace) throws -> [AuditEntry] {
        try workspace.withStore { try $0.auditEntries(AuditFilter()) }.reversed()
    }

    @Test func show_IsAuditedAsTheLogin_OrAsTheCoordinatorNamedWithAs() throws {
        let workspace = try ReviewWorkspace()
        let id = workspace.sample.notes[5].id
        #expect(try Self.review(workspace, ["show", String(id.prefix(8))]).status == 0)
        #expect(try Self.review(workspace, ["show", id, "--json", "--as", "Carla Smit"]).status == 0)
        #expect(try Self.review(workspace, ["show", "ffffffff"]).status == 65)
        let entries = try Self.entries(workspace)
        #expect(entries.map(\.event) == [
            AuditEvent(actor: "duty-admin", role: .coordinator, device: "cli:duty-admin", action: .view, recordIDs: [id],
                       detail: ["format": .string("text")]),
            AuditEvent(actor: "Carla Smit", role: .coordinator, device: "cli:duty-admin", action: .view, recordIDs: [id],
                       detail: ["format": .string("json")]),
        ])
    }

    /// The filters' names are recorded, never their values: a search may be a resident's name.
    @Test func export_IsAuditedWithTheNotesTheFormatAndTheFilterNames() throws {
        let workspace = try ReviewWorkspace()
        let file = workspace.folder.file("lombok.csv")
        let result = try Self.review(workspace, ["export", "--format", "csv", "--neighbourhood", "Lombok", "--search", "Zon", "--output", file])
        #expect(result.status == 0, "\(result.stderr)")
        let exported = Set(try ReviewWorkspace.csvRows(file).dropFirst().map { $0[0] })
        let entry = try #require(try Self.entries(workspace).last)
        #expect(entry.event.action == .export && Set(entry.event.recordIDs) == exported && !exported.isEmpty)
        #expect(entry.event.detail == [
            "format": .string("csv"), "count": .integer(Int64(exported.count)), "to": .string("file"),
            "filters": .array([.string("neighbourhood"), .string("search")]),
        ])
        let dump = try ProcessRunner.sqlite(workspace.store, "SELECT * FROM audit;")
        #expect(!dump.contains("Zon") && !dump.contains("Lombok") && !dump.contains("lombok.csv"))
    }

    @Test func resolveAssignAndDone_AreAuditedWithTheirChange() throws {
        let workspace = try ReviewWorkspace()
        let note = try #require(workspace.sample.notes.first { $0.followUpStatus == .open })
        try workspace.makeConflict(id: note.id, field: .topic, sampleValue: .text("noise"), otherValue: .text("litter"))
        let runs = [
            ["resolve", note.id, "--field", "topic", "--keep", "latest", "--as", "Carla Smit"],
            ["assign", note.id, "--owner", "Sanne de Vries", "--due", "2026-12-01", "--as", "Carla Smit"],
            ["done", note.id, "--as", "Carla Smit"],
        ]
        for arguments in runs { #expect(try Self.review(workspace, arguments).status == 0, "\(arguments)") }
        let entries = try Self.entries(workspace)
        #expect(entries.map(\.event.action) == [.resolve, .assign, .done])
        #expect(entries.allSatisfy { $0.event.actor == "Carla Smit" && $0.event.device == "cli:duty-admin" && $0.event.recordIDs == [note.id] })
        #expect(entries[0].event.detail == ["fields": .array([.string("topic")])])
        #expect(entries[1].event.detail["changed"] == .bool(true) && entries[2].event.detail == ["changed": .bool(true)])
        #expect(try Self.review(workspace, ["done", note.id, "--as", "Carla Smit"]).stdout.contains("No change"))
        #expect(try Self.entries(workspace).last?.event.detail == ["changed": .bool(false)], "a change that changed nothing is still recorded")
    }

    /// No view without its record: when the audit trail cannot be written, nothing is shown or exported.
    @Test func showAndExport_WhenTheAuditCannotBeWritten_GiveNothingOut() throws {
        let workspace = try ReviewWorkspace()
        try ProcessRunner.sqlite(workspace.store, "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit refused'); END;")
        let show = try Self.review(workspace, ["show", workspace.sample.notes[0].id])
        #expect(show.status == 74 && show.stdout.isEmpty)
        #expect(show.stderr.hasPrefix("fieldkit-server: could not record this in the audit trail, so stopped before showing the note"))
        let file = workspace.folder.file("out.csv")
        let export = try Self.review(workspace, ["export", "--format", "csv", "--output", file])
        #expect(export.status == 74 && !FileManager.default.fileExists(atPath: file))
        let before = try workspace.lastChange()
        let open = try #require(workspace.sample.notes.first { $0.followUpStatus == .open })
        let done = try Self.review(workspace, ["done", open.id, "--as", "Carla Smit"])
        let after = try workspace.lastChange()
        #expect(done.status == 74 && after == before, "a change whose entry cannot be written is not stored")
    }
}
