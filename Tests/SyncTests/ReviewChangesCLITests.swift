import FieldCore
import Foundation
import Testing
import TestSupport

/// Coordinators' changes through `fieldkit-server review`: resolve, assign and done, under `--as`.
@Suite struct ReviewChangesCLITests {
    static let early = FieldValue.text("Vans at 8:00")
    static let late = FieldValue.text("Vans at 17:00")

    /// A workspace with the summary of the first parking note in conflict: 8:00 from the sample's
    /// laptop at 10:00, 17:00 from Bram's at 11:00. Returns the note's id.
    static func conflicted() throws -> (ReviewWorkspace, String) {
        let workspace = try ReviewWorkspace()
        let id = try #require(workspace.sample.notes.first { $0.topic == "parking" }).id
        try workspace.makeConflict(id: id, field: .summary, sampleValue: early, otherValue: late)
        return (workspace, id)
    }

    /// The number `review conflicts` gives the alternative whose line shows `value`.
    static func number(of value: String, in listing: String) -> String? {
        listing.split(separator: "\n").first { $0.contains(value) && $0.contains(") ") }
            .map { $0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber } }.map(String.init)
    }

    @Test func conflicts_ListEveryAlternativeNumbered() throws {
        let (workspace, id) = try Self.conflicted()
        let listing = try workspace.review(["conflicts"])
        #expect(listing.status == 0)
        #expect(listing.stdout.hasPrefix("\(id.prefix(8))  "))
        #expect(listing.stdout.contains("  summary:\n"))
        #expect(listing.stdout.contains("\"Vans at 17:00\"  — Bram Jansen, device bram-laptop, 2026-11-20 11:00 UTC"))
        #expect(listing.stdout.contains("\"Vans at 8:00\"  — Lotte Verhoeven, device sample-laptop, 2026-11-20 10:00 UTC"))
        #expect(Set([Self.number(of: "Vans at 17:00", in: listing.stdout), Self.number(of: "Vans at 8:00", in: listing.stdout)]) == ["1", "2"])
        #expect(listing.stderr.contains("review resolve ID --field FIELD (--keep N|latest | --take VALUE) --as NAME"))
        let json = try #require(try workspace.json(["conflicts"]) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == [id])
        let conflict = try #require((json[0]["conflicts"] as? [[String: Any]])?.first)
        let values = (conflict["values"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
        #expect(conflict["field"] as? String == "summary")
        #expect(values?.firstIndex(of: "Vans at 17:00").map { String($0 + 1) } == Self.number(of: "Vans at 17:00", in: listing.stdout),
                "--json lists the alternatives in the numbered order")
        #expect(try workspace.listed(["--conflicts"]).ids == [id])
    }

    @Test func resolve_KeepNumber_WritesThatValueAsTheCoordinator() throws {
        let (workspace, id) = try Self.conflicted()
        let number = try #require(Self.number(of: "Vans at 17:00", in: try workspace.review(["conflicts"]).stdout))
        let resolved = try workspace.review(["resolve", String(id.prefix(6)), "--field", "summary", "--keep", number, "--as", "Carla Smit"])
        #expect(resolved.status == 0 && resolved.stderr.isEmpty)
        #expect(resolved.stdout.hasPrefix("Resolved summary of \(id.prefix(8)) to \"Vans at 17:00\" as Carla Smit (coord:carla-smit); version "))
        let note = try #require(try workspace.json(["show", id]) as? [String: Any])
        #expect(note["summary"] as? String == "Vans at 17:00")
        #expect((note["conflicts"] as? [Any])?.isEmpty == true)
        #expect((note["version"] as? [String: Int])?["coord:carla-smit"] == 1)
        let none = try workspace.review(["conflicts"])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr == "No conflicts.\n")
    }

    @Test func resolve_LatestAndTake_AndTheCoordinatorFromTheEnvironment() throws {
        let (workspace, id) = try Self.conflicted()
        let latest = try workspace.review(["resolve", id, "--field", "summary", "--keep", "latest"], coordinator: "Dana de Wit")
        #expect(latest.status == 0 && latest.stdout.contains("to \"Vans at 17:00\" as Dana de Wit (coord:dana-de-wit)"))
        try workspace.makeConflict(id: id, field: .mood, sampleValue: .text("neutral"), otherValue: .text("positive"))
        let take = try workspace.review(["resolve", id, "--field", "mood", "--take", "Concerned", "--as", "Carla Smit"])
        #expect(take.status == 0, "\(take.stderr)")
        let note = try #require(try workspace.json(["show", id]) as? [String: Any])
        #expect(note["mood"] as? String == "concerned" && note["summary"] as? String == "Vans at 17:00")
        #expect((note["version"] as? [String: Int])?.keys.filter { $0.hasPrefix("coord:") }.sorted() == ["coord:carla-smit", "coord:dana-de-wit"])
    }

    @Test(arguments: [
        (["--field", "summary", "--keep", "1"], 64, "--as NAME"),
        (["--field", "summary", "--keep", "3", "--as", "C"], 65, "has 2 alternatives"),
        (["--field", "summary", "--keep", "0", "--as", "C"], 64, "--keep takes the number"),
        (["--field", "summary", "--keep", "first", "--as", "C"], 64, "--keep takes the number"),
        (["--field", "summary", "--keep", "1", "--take", "x", "--as", "C"], 64, "exactly one of"),
        (["--field", "summary", "--as", "C"], 64, "exactly one of"),
        (["--field", "mood", "--keep", "1", "--as", "C"], 65, "is not in conflict"),
        (["--field", "colour", "--keep", "1", "--as", "C"], 64, "unknown --field"),
        (["--field", "participants", "--take", "many", "--as", "C"], 64, "not a valid value"),
        (["--field", "summary", "--keep", "1", "--as", " "], 64, "--as NAME"),
    ])
    func resolve_BadInput_ExitsWithOneLineAndStoresNothing(arguments: [String], status: Int32, message: String) throws {
        let (workspace, id) = try Self.conflicted()
        let before = try workspace.lastChange()
        let result = try workspace.review(["resolve", id] + arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message) && result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try workspace.lastChange() == before)
        #expect(try workspace.review(["resolve", "zzzz", "--field", "summary", "--keep", "1", "--as", "C"]).status == 65)
    }

    @Test func followups_ListFilterAssignAndMarkDone() throws {
        let workspace = try ReviewWorkspace()
        let notes = workspace.sample.notes
        func listed(_ arguments: [String]) throws -> (ids: Set<String>, total: Int) {
            let page = try workspace.json(["followups", "--limit", "1000"] + arguments) as? [String: Any]
            let found = (page?["notes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            return (Set(found), page?["total"] as? Int ?? -1)
        }
        #expect(try listed([]).ids == Set(notes.filter { $0.followUpStatus != nil }.map(\.id)))
        #expect(try listed(["--status", "open"]).ids == Set(notes.filter { $0.followUpStatus == .open }.map(\.id)))
        #expect(try listed(["--status", "done"]).ids == Set(notes.filter { $0.followUpStatus == .done }.map(\.id)))
        #expect(try listed(["--overdue"]).total == 0)

        let id = try #require(notes.first { $0.followUpStatus == .open }).id
        let assign = try workspace.review(["assign", id, "--owner", "Youssef El Amrani", "--due", "2020-01-01", "--as", "Carla Smit"])
        #expect(assign.status == 0 && assign.stdout == "Assigned the follow-up of \(id.prefix(8)) to Youssef El Amrani, due 2020-01-01, as Carla Smit (coord:carla-smit)\n")
        #expect(try listed(["--overdue"]).ids == [id])
        #expect(try listed(["--owner", "youssef el amrani"]).ids == [id])
        #expect(try workspace.listed(["--owner", "Youssef El Amrani"]).ids == [id])
        let table = try workspace.review(["followups", "--overdue"])
        #expect(table.stderr == "1 of 1 follow-ups\n")
        #expect(table.stdout.contains("open    Youssef El Amrani  2020-01-01  overdue"), "\(table.stdout)")

        let done = try workspace.review(["done", String(id.prefix(8)), "--as", "Carla Smit"])
        #expect(done.status == 0 && done.stdout == "Marked the follow-up of \(id.prefix(8)) done, as Carla Smit (coord:carla-smit)\n")
        #expect(try listed(["--overdue"]).total == 0)
        #expect(try listed(["--status", "done"]).ids.contains(id))
        let again = try workspace.review(["done", id], coordinator: "Carla Smit")
        #expect(again.status == 0 && again.stdout.contains("already done"))
    }

    @Test func assign_OpensAFollowUpWithText_AndRefusesBadInput() throws {
        let workspace = try ReviewWorkspace()
        let id = try #require(workspace.sample.notes.first { $0.followUp == nil }).id
        let before = try workspace.lastChange()
        let refusals: [([String], Int32, String)] = [
            (["assign", id, "--owner", "Lotte Verhoeven", "--as", "C"], 65, "has no follow-up yet; give --text"),
            (["assign", id, "--owner", "Lotte Verhoeven", "--due", "next week", "--text", "x", "--as", "C"], 64, "--due expects a date"),
            (["assign", id, "--text", "x", "--as", "C"], 64, "missing --owner"),
            (["assign", id, "--owner", "Lotte Verhoeven", "--text", "x"], 64, "--as NAME"),
            (["done", id, "--as", "C"], 65, "has no follow-up to mark done"),
            (["done", id], 64, "--as NAME"),
            (["followups", "--overdue", "--status", "done"], 64, "--overdue"),
        ]
        for (arguments, status, message) in refusals {
            let result = try workspace.review(arguments)
            #expect(result.status == status && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try workspace.lastChange() == before, "nothing was stored")
        let opened = try workspace.review(["assign", id, "--owner", "Lotte Verhoeven", "--text", "Visit the resident", "--as", "C"])
        #expect(opened.status == 0)
        let note = try #require(try workspace.json(["show", id]) as? [String: Any])
        #expect(note["follow_up"] as? String == "Visit the resident" && note["follow_up_status"] as? String == "open")
        #expect(note["follow_up_owner"] as? String == "Lotte Verhoeven" && note["follow_up_due"] is NSNull)
    }
}
