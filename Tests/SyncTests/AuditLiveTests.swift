import Foundation
import Testing
import TestSupport

/// The audit trail once for real: a server on port 0, two laptops syncing, a coordinator on the
/// review pages (curl) and on the command line, then `audit verify` before and after an edit with `sqlite3`.
@Suite(.serialized) struct AuditLiveTests {
    /// Signs in to the review pages as a browser would (the form's CSRF token, cookies in `jar`) and opens `path`.
    static func webGet(_ server: ServerProcess, token: String, path: String) throws -> ProcessResult {
        let jar = server.folder + "/cookies.txt"
        let form = try ProcessRunner.curl(["-c", jar, server.url + "/review/signin"])
        let csrf = try #require(form.stdout.range(of: #"name="csrf" value="([^"]*)""#, options: .regularExpression)
            .map { String(form.stdout[$0].dropFirst(#"name="csrf" value=""#.count).dropLast()) })
        _ = try ProcessRunner.curl(["-b", jar, "-c", jar, "--data-urlencode", "token=\(token)", "--data-urlencode", "csrf=\(csrf)",
                                    server.url + "/review/signin"])
        return try ProcessRunner.curl(["-b", jar, "-w", "\n%{http_code}", server.url + path])
    }

    @Test func realisticDay_LeavesAnIntactChainWithoutNoteText_AndAnEditedEntryIsNamed() throws {
        let server = try ServerProcess()
        let carla = try server.enroll("Carla Smit", role: "coordinator")
        let (anna, bram) = try SyncLiveTests.laptops(server)
        let marker = "MARKER-\(UUID().uuidString.prefix(8))"
        let id = try anna.run(["log", "--topic", "noise", "--summary", "Mr Visser \(marker)", "--neighbourhood", "Lombok",
                               "--location", "Kanaalstraat \(marker)"]).line
        for laptop in [anna, bram] { #expect(try laptop.run(["sync"]).status == 0) }
        _ = try anna.run(["edit", id, "--summary", "Mr Visser, Tuesdays \(marker)"])
        _ = try bram.run(["edit", id, "--summary", "Mr Visser, Thursdays \(marker)"])
        for laptop in [anna, bram, anna] { #expect(try laptop.run(["sync"]).status == 0) }

        let page = try Self.webGet(server, token: carla, path: "/review/notes/\(id)")
        #expect(page.stdout.hasSuffix("\n200") && page.stdout.contains(marker), "the note page was served")
        let review = { (arguments: [String]) in try ProcessRunner.server(["review"] + arguments + ["--store", server.store]) }
        #expect(try review(["export", "--format", "json", "--search", "Visser"]).status == 0)
        #expect(try review(["resolve", id, "--field", "summary", "--keep", "latest", "--as", "Carla Smit"]).status == 0)

        let verify = try ProcessRunner.server(["audit", "verify", "--store", server.store])
        #expect(verify.status == 0 && verify.stdout.hasPrefix("audit chain intact: ") && verify.stderr.isEmpty, "\(verify.stderr)")
        let list = try ProcessRunner.server(["audit", "list", "--json", "--store", server.store])
        let entries = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        let actions = entries.reversed().compactMap { $0["action"] as? String }
        #expect(verify.stdout.contains("\(entries.count) entries"))
        #expect(Set(actions) == ["push", "pull", "view", "export", "resolve"] && actions.suffix(3) == ["view", "export", "resolve"], "\(actions)")
        let view = try #require(entries.first { $0["action"] as? String == "view" })
        #expect(view["actor"] as? String == "Carla Smit" && (view["device"] as? String)?.hasPrefix("web:") == true)
        #expect(view["record_ids"] as? [String] == [id])
        let dump = try ProcessRunner.sqlite(server.store, "SELECT * FROM audit; SELECT * FROM meta WHERE key LIKE 'audit%';")
        #expect(!dump.contains(marker) && !dump.contains("Visser") && !dump.contains("Kanaalstraat"), "no note text in the audit trail")

        let seq = try #require(view["seq"] as? Int)
        try ProcessRunner.sqlite(server.store, "UPDATE audit SET actor = 'Someone Else' WHERE seq = \(seq);")
        let broken = try ProcessRunner.server(["audit", "verify", "--store", server.store])
        #expect(broken.status == 65 && broken.stdout.isEmpty)
        #expect(broken.stderr.hasPrefix("fieldkit-server: audit chain broken at entry \(seq) ("), "\(broken.stderr)")
        #expect(broken.stderr.hasSuffix(", view): its contents do not match its hash, so it was changed after it was written\n"))
        print("audit: a realistic day wrote \(entries.count) entries (\(Set(actions).sorted().joined(separator: ", "))), chain intact, "
              + "no note text; after editing entry \(seq) with sqlite3, verify exited 65 naming it")
        #expect(server.stop().status == 0)
    }
}
