import FieldCore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server retention` and `erase` end to end: the built binary on a store holding the
/// Fixtures sample (63 notes, 8 of them with a contact), and once on a running server with laptops.
@Suite struct RetentionCLITests {
    static func server(_ workspace: ReviewWorkspace, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.server(arguments + ["--store", workspace.store])
    }

    /// What refused commands must leave alone: the change sequence and the settings.
    static func stored(_ workspace: ReviewWorkspace) throws -> String {
        try workspace.lastChange() + ProcessRunner.sqlite(workspace.store, "SELECT key, value FROM meta WHERE key LIKE 'retention.%' ORDER BY key;")
    }

    /// Whether the store's files (database and log) hold `text` anywhere in their bytes.
    static func filesHold(_ text: String, _ workspace: ReviewWorkspace) -> Bool {
        [workspace.store, workspace.store + "-wal"].contains { FileManager.default.contents(atPath: $0)?.range(of: Data(text.utf8)) != nil }
    }

    @Test func retention_SetShowRunAndDryRun() throws {
        let workspace = try ReviewWorkspace()
        let hourAgo = Timestamp.now().adding(milliseconds: -3_600_000)
        let withContact = workspace.sample.notes.filter { $0.contact != nil && ISO8601Format.parse($0.recordedAt)! < hourAgo }
        #expect(!withContact.isEmpty)
        let shown = try Self.server(workspace, ["retention", "show"])
        #expect(shown.status == 0 && shown.stdout.hasPrefix("Contact details: kept (no contact retention)\nNotes:           kept"))
        #expect(shown.stdout.contains("Last run:        never"))
        let before = try Self.stored(workspace)
        for bad in [["retention", "set"], ["retention", "set", "--contact", "30x"], ["retention", "set", "--notes", "0d"], ["retention", "run", "--now"]] {
            let refused = try Self.server(workspace, bad)
            #expect(refused.status == 64 && refused.stdout.isEmpty && refused.stderr.split(separator: "\n").count == 1, "\(bad): \(refused.stderr)")
        }
        let missing = try ProcessRunner.server(["retention", "show", "--store", workspace.folder.file("nope.sqlite")])
        #expect(missing.status == 64 && missing.stderr.contains("no FieldKit server store"))
        #expect(try Self.stored(workspace) == before, "nothing stored changed")

        let set = try Self.server(workspace, ["retention", "set", "--contact", "1h"])
        #expect(set.status == 0 && set.stdout.hasPrefix("Contact details: erased 1 hour (1h) after a note was recorded\n"))
        let dry = try Self.server(workspace, ["retention", "run", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.hasPrefix("would erase contact on \(withContact.count) notes, would erase 0 notes; next run "))
        #expect(try workspace.lastChange() == before.split(separator: "\n").first.map { $0 + "\n" }, "a dry run writes nothing")
        #expect(withContact.allSatisfy { Self.filesHold($0.contact!, workspace) })

        let run = try Self.server(workspace, ["retention", "run"])
        #expect(run.status == 0 && run.stdout.hasPrefix("erased contact on \(withContact.count) notes, erased 0 notes; next run within the hour"))
        #expect(withContact.allSatisfy { !Self.filesHold($0.contact!, workspace) }, "no contact left in the store or its log")
        #expect(try ProcessRunner.sqlite(workspace.store, "SELECT count(*) FROM records WHERE holds_contact = 1;") == "0\n")
        let again = try Self.server(workspace, ["retention", "run"])
        #expect(again.stdout.hasPrefix("erased contact on 0 notes, erased 0 notes"))
        let after = try Self.server(workspace, ["retention", "show"])
        #expect(after.stdout.contains("Last run:        ") && after.stdout.contains("UTC: erased contact on 0 notes, erased 0 notes"))
        let note = try workspace.review(["show", String(withContact[0].id.prefix(8))])
        #expect(note.stdout.contains("Contact       erased (retention)") && note.stdout.contains("Topic         \(withContact[0].topic)\n"))
        let off = try Self.server(workspace, ["retention", "set", "--contact", "off"])
        #expect(off.status == 0 && off.stdout.hasPrefix("Contact details: kept"))
        #expect(try Self.server(workspace, ["retention", "run"]).stdout.hasPrefix("No retention policy is set"))
    }

    @Test func erase_ChecksEveryIDFirst_ThenErasesAndSaysSoPerNote() throws {
        let workspace = try ReviewWorkspace()
        let notes = workspace.sample.notes
        let (first, second, third) = (notes[0], notes[1], try #require(notes.first { $0.contact != nil }))
        let before = try Self.stored(workspace)
        let refusals: [([String], Int32)] = [
            (["erase", String(first.id.prefix(8)), "nosuchid", "--reason", "asked", "--as", "Carla Smit"], 65),
            (["erase", String(first.id.prefix(8)), "--as", "Carla Smit"], 64),
            (["erase", String(first.id.prefix(8)), "--reason", "  ", "--as", "Carla Smit"], 64),
            (["erase", String(first.id.prefix(8)), "--reason", "asked"], 64),
            (["erase", String(first.id.prefix(8)), "--reason", "asked", "--as", "Retention"], 64),
            (["erase", "--reason", "asked", "--as", "Carla Smit"], 64),
        ]
        for (arguments, code) in refusals {
            let refused = try Self.server(workspace, arguments)
            #expect(refused.status == code && refused.stdout.isEmpty && refused.stderr.split(separator: "\n").count == 1, "\(arguments): \(refused.stderr)")
        }
        #expect(try Self.stored(workspace) == before, "nothing was erased")
        #expect(Self.filesHold(first.summary, workspace))

        let erased = try Self.server(workspace, ["erase", String(first.id.prefix(8)), String(second.id.prefix(6)),
                                                 "--reason", "resident asked, letter of 2 November", "--as", "Carla Smit"])
        #expect(erased.status == 0 && erased.stderr.isEmpty)
        #expect(erased.stdout == "Erased \(first.id.prefix(8)) on request, as Carla Smit (coord:carla-smit)\n"
                + "Erased \(second.id.prefix(8)) on request, as Carla Smit (coord:carla-smit)\n")
        #expect(!Self.filesHold(first.summary, workspace) && !Self.filesHold(second.summary, workspace))
        let shown = try workspace.review(["show", String(first.id.prefix(8))])
        #expect(shown.stdout.contains("Status        erased on request") && !shown.stdout.contains(first.topic + "\n"))
        let listed = try workspace.review(["list", "--deleted", "--limit", "100"]).stdout.split(separator: "\n")
        #expect(listed.first { $0.hasPrefix(first.id.prefix(8)) }?.contains(" erased ") == true, "the list flags it erased, not deleted")
        let again = try Self.server(workspace, ["erase", String(first.id.prefix(8)), "--reason", "again", "--as", "Carla Smit"])
        #expect(again.status == 0 && again.stdout == "Note \(first.id.prefix(8)) was already erased; nothing to do\n")
        let contactOnly = try Self.server(workspace, ["erase", String(third.id.prefix(8)), "--contact-only", "--reason", "asked", "--as", "Carla Smit"])
        #expect(contactOnly.stdout == "Erased the contact details of \(third.id.prefix(8)) on request, as Carla Smit (coord:carla-smit)\n")
        #expect(!Self.filesHold(third.contact!, workspace) && Self.filesHold(third.summary, workspace))
    }

    @Test func erase_WhileServing_ReachesEveryLaptopAndFile() throws {
        let server = try ServerProcess()
        let folder = TemporaryFolder(prefix: "fieldkit-erase-live")
        let laptops = try ["Anna", "Bram"].map { try OfficerLaptop(folder: folder.path, officer: $0, server: server.url, token: server.enroll($0)) }
        let marker = ErasureWorld.marker("live")
        let id = try laptops[0].run(["log", "--topic", "noise", "--summary", "Spoke of \(marker)", "--neighbourhood", "Lombok",
                                     "--contact", "\(marker)@example.org", "--consent"]).line
        for laptop in laptops + laptops { #expect(try laptop.run(["sync"]).status == 0) }
        let erased = try ProcessRunner.server(["erase", String(id.prefix(8)), "--reason", "resident asked", "--as", "Carla Smit", "--store", server.store])
        #expect(erased.status == 0, "\(erased.stderr)")
        for laptop in laptops { #expect(try laptop.run(["sync"]).status == 0) }
        let files = [server.store, server.store + "-wal"] + laptops.flatMap { [$0.db, $0.db + "-wal"] }
        #expect(files.filter { FileManager.default.contents(atPath: $0)?.range(of: Data(marker.utf8)) != nil } == [])
        let listed = try laptops[1].run(["list", "--deleted"])
        #expect(listed.stdout.contains("[erased on request]"))
        let edit = try laptops[0].run(["edit", String(id.prefix(8)), "--topic", "parking"])
        #expect(edit.status == 65 && edit.stderr == "fieldkit: note \(id.prefix(8)) was erased on request; it cannot be edited\n")
        let log = server.stop().log
        #expect(!log.contains(marker), "the server log never names erased text")
    }
}
