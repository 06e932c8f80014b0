import Foundation
import Testing
import TestSupport

/// A coordinator's review changes reach an officer's laptop through a real server and `fieldkit sync`.
@Suite(.serialized) struct ReviewLiveTests {
    @Test func resolveAndAssign_AreSeenByTheOfficerAfterSync() throws {
        let server = try ServerProcess()
        let (anna, bram) = try SyncLiveTests.laptops(server)
        #expect(try anna.run(["import", TemporaryFolder.repositoryFile("Fixtures/sample.json").path]).status == 0)
        #expect(try anna.run(["sync"]).status == 0)
        #expect(try bram.run(["sync"]).status == 0)
        let id = "45517c32-009f-4eb1-92eb-d30abb6de8fb"
        _ = try anna.run(["edit", id, "--summary", "Widower, wants company on Tuesdays"])
        _ = try bram.run(["edit", id, "--summary", "Widower, wants company on Thursdays"])
        for laptop in [anna, bram] { #expect(try laptop.run(["sync"]).status == 0) }

        func review(_ arguments: [String]) throws -> ProcessResult {
            try ProcessRunner.server(["review"] + arguments + ["--store", server.store])
        }
        let conflicts = try review(["conflicts"])
        let number = try #require(ReviewChangesCLITests.number(of: "Thursdays", in: conflicts.stdout))
        let resolve = try review(["resolve", String(id.prefix(8)), "--field", "summary", "--keep", number, "--as", "Carla Smit"])
        #expect(resolve.status == 0, "\(resolve.stderr)")
        let assign = try review(["assign", id, "--owner", "Bram", "--due", "2026-12-01", "--text", "Take him to the coffee morning", "--as", "Carla Smit"])
        #expect(assign.status == 0, "\(assign.stderr)")

        let sync = try anna.run(["sync"])
        #expect(sync.status == 0 && sync.stdout.contains("0 conflicts"), "\(sync.stdout)")
        let show = try anna.run(["show", String(id.prefix(8))])
        let lines = show.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  Summary       Widower, wants company on Thursdays"))
        #expect(lines.contains("  Follow-up     Take him to the coffee morning [open]"))
        #expect(lines.contains("  Assigned to   Bram"))
        #expect(lines.contains("  Due           2026-12-01"))
        let note = try anna.json(["show", id]) as? [String: Any]
        #expect(note?["follow_up_owner"] as? String == "Bram" && note?["follow_up_due"] as? String == "2026-12-01T00:00:00.000Z")
        #expect((note?["version"] as? [String: Int])?["coord:carla-smit"] == 2, "both changes were Carla's writes")
        let open = try anna.json(["list", "--follow-up", "open"]) as? [[String: Any]]
        #expect(open?.contains { $0["id"] as? String == id } == true)
        #expect(try anna.run(["conflicts"]).stderr.contains("No conflicts."))
    }
}
