import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server audit verify` and `audit list`, run as built binaries on a store tampered with by `sqlite3`.
@Suite struct AuditCLITests {
    static let start = ISO8601Format.parse("2026-11-20T09:00:00Z")!

    /// `fieldkit-server audit ARGUMENTS --store STORE`, in UTC as `duty-admin`.
    static func audit(_ workspace: ReviewWorkspace, _ arguments: [String], zone: String = "UTC") throws -> ProcessResult {
        try ProcessRunner.server(["audit"] + arguments + ["--store", workspace.store], environment: ["TZ": zone, "USER": "duty-admin"])
    }

    /// A push, a pull and a view, a minute apart from 09:00 UTC.
    static func withThreeEntries() throws -> ReviewWorkspace {
        let workspace = try ReviewWorkspace()
        let ids = workspace.sample.notes.prefix(2).map(\.id)
        let events = [
            AuditEvent(actor: "Lotte Verhoeven", role: .officer, device: "sample-laptop", action: .push, recordIDs: ids,
                       detail: ["inserted": .integer(2)]),
            AuditEvent(actor: "Bram Jansen", role: .officer, device: "bram-laptop", action: .pull, recordIDs: ids, detail: ["count": .integer(2)]),
            AuditEvent(actor: "Carla Smit", role: .coordinator, device: "web:5f0c1a2b", action: .view, recordIDs: [ids[0]],
                       detail: ["page": .string("note")]),
        ]
        try workspace.withStore { store in
            for (index, event) in events.enumerated() { try store.appendAudit(event, at: start.adding(milliseconds: Int64(index) * 60_000)) }
        }
        return workspace
    }

    @Test func verify_OfAnIntactChain_PrintsOneLineAndExits0() throws {
        let workspace = try Self.withThreeEntries()
        let head = try #require(try workspace.withStore { try $0.auditEntries(AuditFilter(limit: 1)) }.first).hash
        let result = try Self.audit(workspace, ["verify"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout == "audit chain intact: 3 entries, last 2026-11-20 09:02:00 +00:00, head hash \(head.prefix(16))\n")
        let amsterdam = try Self.audit(workspace, ["verify"], zone: "Europe/Amsterdam")
        #expect(amsterdam.stdout.hasPrefix("audit chain intact: 3 entries, last 2026-11-20 10:02:00 +01:00, "), "local time")
    }

    /// Acceptance: "Editing one audit entry directly in SQLite makes `audit verify` fail and name it."
    @Test(arguments: [
        ("detail = '{\"count\":20}'", "09:01:00"), ("actor = 'Someone Else'", "09:01:00"), ("at = at + 3600000", "10:01:00"),
        ("record_ids = '[]'", "09:01:00"),
    ])
    func verify_WithEditedEntry_ExitsDataErrorNamingIt(edit: String, shownTime: String) throws {
        let workspace = try Self.withThreeEntries()
        try ProcessRunner.sqlite(workspace.store, "UPDATE audit SET \(edit) WHERE seq = 2;")
        let result = try Self.audit(workspace, ["verify"])
        #expect(result.status == 65 && result.stdout.isEmpty)
        #expect(result.stderr == "fieldkit-server: audit chain broken at entry 2 (2026-11-20 \(shownTime) +00:00, pull): "
                + "its contents do not match its hash, so it was changed after it was written\n")
    }

    @Test func verify_WithMiddleEntryDeleted_NamesTheEntryAfterTheGap() throws {
        let workspace = try Self.withThreeEntries()
        try ProcessRunner.sqlite(workspace.store, "DELETE FROM audit WHERE seq = 2;")
        let result = try Self.audit(workspace, ["verify"])
        #expect(result.status == 65)
        #expect(result.stderr == "fieldkit-server: audit chain broken at entry 3 (2026-11-20 09:02:00 +00:00, view): "
                + "entry 2 before it is missing, so it was removed\n")
    }

    @Test func verify_WithLastEntryDeleted_NamesTheMissingEnd() throws {
        let workspace = try Self.withThreeEntries()
        try ProcessRunner.sqlite(workspace.store, "DELETE FROM audit WHERE seq = 3;")
        let result = try Self.audit(workspace, ["verify"])
        #expect(result.status == 65)
        #expect(result.stderr == "fieldkit-server: audit chain broken at entry 3: "
                + "entry 3 at the end is missing, so it was removed (the store recorded entry 3 as its last)\n")
    }

    @Test func list_ShowsATableWithLocalTimes_NewestFirst() throws {
        let workspace = try Self.withThreeEntries()
        let id = workspace.sample.notes[0].id
        let result = try Self.audit(workspace, ["list"], zone: "Europe/Amsterdam")
        #expect(result.status == 0 && result.stderr == "3 entries\n")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines == [
            "SEQ TIME ACTOR ROLE DEVICE ACTION RECORDS DETAIL",
            "3 2026-11-20 10:02:00 +01:00 Carla Smit coordinator web:5f0c1a2b view \(id) page=note",
            "2 2026-11-20 10:01:00 +01:00 Bram Jansen officer bram-laptop pull 2 records count=2",
            "1 2026-11-20 10:00:00 +01:00 Lotte Verhoeven officer sample-laptop push 2 records inserted=2",
        ])
    }

    /// Local days: in Amsterdam (UTC+1), 23:30 UTC on the 19th is already the 20th.
    @Test func list_FiltersByActorRecordAndLocalDays() throws {
        let workspace = try ReviewWorkspace()
        let (first, second) = (workspace.sample.notes[0].id, workspace.sample.notes[1].id)
        try workspace.withStore { store in
            for (time, actor, ids) in [("2026-11-19T22:30:00Z", "Carla Smit", [first]), ("2026-11-19T23:30:00Z", "Dirk Dekker", [first, second]),
                                       ("2026-11-20T12:00:00Z", "carla smit", [second])] {
                try store.appendAudit(AuditEvent(actor: actor, role: .coordinator, device: "cli:x", action: .view, recordIDs: ids),
                                      at: ISO8601Format.parse(time)!)
            }
        }
        func seqs(_ arguments: [String]) throws -> [Int] {
            let result = try Self.audit(workspace, ["list", "--json"] + arguments, zone: "Europe/Amsterdam")
            #expect(result.status == 0, "\(result.stderr)")
            let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
            return entries.compactMap { $0["seq"] as? Int }
        }
        #expect(try seqs([]) == [3, 2, 1])
        #expect(try seqs(["--actor", "CARLA SMIT"]) == [3, 1])
        #expect(try seqs(["--record", second]) == [3, 2])
        #expect(try seqs(["--since", "2026-11-20"]) == [3, 2])
        #expect(try seqs(["--until", "2026-11-19"]) == [1])
        #expect(try seqs(["--since", "2026-11-20T00:30:00+01:00", "--until", "2026-11-20T00:30:00+01:00"]) == [2], "both ends included")
        #expect(try seqs(["--actor", "Carla Smit", "--record", first, "--limit", "5"]) == [1])
        let limited = try Self.audit(workspace, ["list", "--limit", "2"])
        #expect(limited.stderr == "2 entries shown, newest first; more match (raise --limit)\n")
    }

    @Test func list_JSON_HasTheStableKeys() throws {
        let workspace = try Self.withThreeEntries()
        let result = try Self.audit(workspace, ["list", "--json", "--limit", "1"])
        let entry = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["seq", "at", "actor", "role", "device", "action", "record_ids", "detail", "prev_hash", "hash"])
        #expect(entry["at"] as? String == "2026-11-20T09:02:00.000Z" && entry["action"] as? String == "view")
        #expect(entry["detail"] as? [String: String] == ["page": "note"] && (entry["hash"] as? String)?.count == 64)
    }

    @Test func audit_WithBadInput_SaysSoInOneLineWithItsExitCode() throws {
        let workspace = try Self.withThreeEntries()
        let missing = try ProcessRunner.server(["audit", "verify", "--store", workspace.folder.file("none.sqlite")])
        #expect(missing.status == 66 && missing.stderr.contains("no FieldKit server store at"))
        let cases: [([String], String)] = [
            (["list", "--since", "yesterday"], "--since expects a day like 2026-11-20"), (["list", "--limit", "0"], "--limit must be 1 to"),
            (["list", "--since", "2026-11-21", "--until", "2026-11-20"], "--since is after --until"), (["list", "--actor", " "], "--actor cannot be empty"),
            (["verify", "--frobnicate"], "--frobnicate"),
        ]
        for (arguments, message) in cases {
            let result = try Self.audit(workspace, arguments)
            #expect(result.status == 64 && result.stdout.isEmpty && result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line")
        }
        for arguments in [["audit", "--help"], ["audit", "verify", "--help"], ["audit", "list", "--help"]] {
            let help = try ProcessRunner.server(arguments)
            #expect(help.status == 0 && help.stdout.contains("USAGE: fieldkit-server audit"), "\(arguments)")
        }
    }
}
