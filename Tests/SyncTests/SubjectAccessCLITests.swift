import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server subject-access`: which notes match a resident, the JSON and HTML exports, and
/// its exit codes, run as the built binary against a store holding the Fixtures sample.
@Suite struct SubjectAccessCLITests {
    static let hendriks = "dde406e0-8326-4f8a-95c5-6e32e3b6dc24"
    static let author = Author(device: ReviewWorkspace.otherDevice, officer: "Bram Jansen", at: ISO8601Format.parse("2026-11-02T10:00Z")!)

    /// Pushes notes written on Bram's laptop: `(id, summary, contact)`.
    static func push(_ workspace: ReviewWorkspace, _ notes: [(String, String, String?)]) throws {
        let records = notes.map { id, summary, contact in
            NoteDraft(neighbourhood: "Lombok", recordedAt: author.at, officer: "Bram Jansen", topic: "noise", summary: summary,
                      contact: contact).record(id: id, by: author)
        }
        _ = try workspace.withStore { try $0.push(records, from: ReviewWorkspace.otherDevice) }
    }

    static func run(_ workspace: ReviewWorkspace, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.server(["subject-access"] + arguments + ["--store", workspace.store])
    }

    /// The parsed `--json` export for `contact`.
    static func export(_ workspace: ReviewWorkspace, _ contact: String) throws -> [String: Any] {
        let result = try run(workspace, ["--contact", contact, "--as", "Carla Smit", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func matched(_ export: [String: Any]) -> [String: [String]] {
        let notes = export["notes"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: notes.map { note in
            (note["id"] as? String ?? "", (note["matched"] as? [[String: String]] ?? []).map { "\($0["field"] ?? ""):\($0["rule"] ?? "")" })
        })
    }

    @Test func phoneWithOtherSpacing_MatchesByDigits_InTheDocumentedShape() throws {
        let workspace = try ReviewWorkspace()
        let export = try Self.export(workspace, " 06 0000  3317 ")
        #expect(Self.matched(export) == [Self.hendriks: ["contact:contact_phone_digits"]])
        #expect(Set(export.keys) == ["searched_for", "contact_compared_as", "requested_by", "requested_at", "match_count", "notes"])
        #expect(export["searched_for"] as? String == "06 0000 3317" && export["contact_compared_as"] as? String == "phone")
        #expect(export["requested_by"] as? String == "Carla Smit" && export["match_count"] as? Int == 1)
        #expect((export["requested_at"] as? String)?.hasSuffix("Z") == true)
        let note = try #require((export["notes"] as? [[String: Any]])?.first)
        #expect(Set(note.keys) == ["id", "recorded_at", "neighbourhood", "stand_id", "officer", "deleted", "matched", "consent", "fields", "history"])
        let contact = try #require((note["fields"] as? [String: [[String: Any]]])?["contact"]?.first)
        #expect(contact["value"] as? String == "Mrs. A. Hendriks, 06-00003317" && contact["officer"] as? String == "Joost van den Berg")
        #expect(Set(contact.keys) == ["value", "officer", "device", "counter", "at"])
        let consent = try #require(note["consent"] as? [String: String])
        #expect(consent["decision"] == "given" && consent["officer"] == "Joost van den Berg" && consent["device"] == "sample-laptop")
        let history = try #require(note["history"] as? [[String: Any]])
        #expect(history.count == 1 && history[0]["source"] as? String == "sample-laptop")
    }

    /// The export is itself audited: who asked and which notes matched, never the contact searched for.
    @Test func export_IsRecordedInTheAuditTrail_WithoutTheContact() throws {
        let workspace = try ReviewWorkspace()
        _ = try Self.export(workspace, " 06 0000  3317 ")
        let entries = try workspace.withStore { try $0.auditEntries(AuditFilter()) }
        let access = entries.filter { $0.event.action == .subjectAccess }
        #expect(access.count == 1 && access.first?.event.actor == "Carla Smit" && access.first?.event.recordIDs == [Self.hendriks])
        let table = try ProcessRunner.sqlite(workspace.store, "SELECT * FROM audit")
        #expect(!table.contains("3317") && !table.contains("Hendriks"), "the audit trail holds no contact details")
        guard case .intact = try workspace.withStore({ try $0.verifyAudit() }) else {
            Issue.record("the audit chain should be intact")
            return
        }
    }

    @Test func emailInOtherCase_AndNameAsAWholePhrase_Match() throws {
        let workspace = try ReviewWorkspace()
        try Self.push(workspace, [
            ("aa000001", "Asked about parking permits", "Mr. K. de Wit <K.deWit@Example.org>"),
            ("aa000002", "Spoke with Mrs Bakker about the noise", nil),
            ("aa000003", "The bakkerij on the corner opens at six", nil),
            ("aa000004", "Neighbour of the Bakkers", "Mrs. J. Bakker, 06-11112222"),
        ])
        #expect(Self.matched(try Self.export(workspace, "k.dewit@example.ORG")) == ["aa000001": ["contact:contact_email"]])
        #expect(Self.matched(try Self.export(workspace, "bakker")) == [
            "aa000002": ["summary:exact_phrase"], "aa000004": ["contact:contact_text"],
        ], "not the bakkerij, nor 'the Bakkers': part of a word does not count")
        #expect(Self.matched(try Self.export(workspace, "Bakk")).isEmpty)
        #expect(Self.matched(try Self.export(workspace, "mrs bakker about")) == ["aa000002": ["summary:exact_phrase"]])
    }

    @Test func html_IsSelfContainedAndEscapesEveryValue() throws {
        let workspace = try ReviewWorkspace()
        try Self.push(workspace, [("aa000005", "<script>alert(1)</script> told us Bakker & sons left", nil)])
        let file = workspace.folder.file("request.html")
        let result = try Self.run(workspace, ["--contact", "Bakker", "--as", "Carla <b>Smit</b>", "--html", file])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.contains("1 note matches"), "\(result.stderr)")
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; told us Bakker &amp; sons left"))
        #expect(page.contains("Carla &lt;b&gt;Smit&lt;/b&gt;") && !page.contains("<b>"))
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("href=") && !page.contains("@import"))
        #expect(page.contains("Content-Security-Policy") && page.contains("@media print"))
        #expect(page.contains("Subject access export") && page.contains("Note aa000005") && page.contains("exact phrase"))
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o600, "an export holds personal data")

        let hostileQuery = try Self.run(workspace, ["--contact", "<img src=x onerror=alert(1)>", "--as", "Carla", "--html", file, "--lang", "nl"])
        #expect(hostileQuery.status == 0 && hostileQuery.stderr.contains("No notes match"))
        let dutch = try String(contentsOfFile: file, encoding: .utf8)
        #expect(dutch.contains("&lt;img src=x onerror=alert(1)&gt;") && !dutch.contains("<img"))
        #expect(dutch.contains("<html lang=\"nl\">") && dutch.contains("Er zijn geen notities gevonden."))
    }

    @Test func noMatch_Exits0AndSaysSo() throws {
        let workspace = try ReviewWorkspace()
        let listed = try Self.run(workspace, ["--contact", "06-99999999", "--as", "Carla Smit"])
        #expect(listed.status == 0 && listed.stdout == "No notes match the contact details given.\n")
        let export = try Self.export(workspace, "06-99999999")
        #expect(export["match_count"] as? Int == 0 && (export["notes"] as? [Any])?.isEmpty == true)
        let hit = try Self.run(workspace, ["--contact", "06-00003317", "--as", "Carla Smit"])
        #expect(hit.status == 0 && hit.stdout.hasPrefix("1 note matches the contact details given.\n  dde406e0  "))
    }

    @Test func badInput_ExitsWithItsCodeAndWritesNothing() throws {
        let workspace = try ReviewWorkspace()
        let before = try workspace.lastChange()
        let cases: [([String], Int32, String)] = [
            (["--as", "Carla"], 64, "--contact"),
            (["--contact", "06-00003317"], 64, "--as"),
            (["--contact", "?! .", "--as", "Carla"], 64, "letters or digits"),
            (["--contact", "06-00003317", "--as", "Carla", "--out", workspace.folder.file("x.json")], 64, "--json"),
            (["--contact", "06-00003317", "--as", "Carla", "--lang", "fr"], 64, "fr"),
            (["--contact", "06-00003317", "--as", "Carla", "--html", "/nonexistent-folder/x.html"], 74, "cannot write"),
        ]
        for (arguments, status, message) in cases {
            let result = try Self.run(workspace, arguments)
            #expect(result.status == status && result.stderr.contains(message), "\(arguments): \(result.status) \(result.stderr)")
            #expect(!result.stdout.contains("Hendriks"))
        }
        let missing = try ProcessRunner.server(["subject-access", "--contact", "x1", "--as", "Carla", "--store", workspace.folder.file("none.sqlite")])
        #expect(missing.status == 66 && missing.stderr.contains("no FieldKit server store"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.file("none.sqlite")))
        #expect(try workspace.lastChange() == before)
    }

    @Test func contactText_NeverAppearsInTheServerLog() throws {
        let workspace = try ReviewWorkspace()
        let server = try ServerProcess(store: workspace.store)
        let json = try Self.run(workspace, ["--contact", "Mrs. A. Hendriks", "--as", "Carla Smit", "--json", "--out", workspace.folder.file("a.json")])
        let html = try Self.run(workspace, ["--contact", "06 0000 3317", "--as", "Carla Smit", "--html", workspace.folder.file("a.html")])
        #expect(json.status == 0 && html.status == 0)
        for said in [json.stderr, html.stderr] { #expect(!said.contains("Hendriks") && !said.contains("3317")) }
        let log = server.stop().log
        #expect(!log.isEmpty && !log.contains("Hendriks") && !log.contains("3317"))
    }
}
