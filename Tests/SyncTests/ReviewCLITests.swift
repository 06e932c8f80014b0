import FieldCore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server review ...` end to end: the built binary on a temporary store holding the Fixtures sample.
@Suite struct ReviewCLITests {
    static func day(_ text: String) -> Timestamp { ISO8601Format.parse(text)! }

    @Test func list_PrintsATableNewestFirst_AndCountsOnStderr() throws {
        let workspace = try ReviewWorkspace()
        let first = try workspace.review(["list"])
        #expect(first.status == 0)
        #expect(first.stderr == "50 of 63 notes (page 1 of 2; next: --page 2)\n")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 51)
        for column in ["ID", "RECORDED (UTC)", "NEIGHBOURHOOD", "TOPIC", "MOOD", "FOLLOW-UP", "OWNER", "FLAGS", "SUMMARY"] {
            #expect(lines.first?.contains(column) == true, "header has \(column)")
        }
        let newest = try #require(workspace.sample.notes.max { Self.day($0.recordedAt) < Self.day($1.recordedAt) })
        #expect(lines[1].hasPrefix(String(newest.id.prefix(8)) + "  " + Self.tableTime(newest.recordedAt)))
        let second = try workspace.review(["list", "--page", "2"])
        #expect(second.status == 0 && second.stderr == "13 of 63 notes (page 2 of 2)\n")
        #expect(second.stdout.split(separator: "\n").count == 14)
        let beyond = try workspace.review(["list", "--page", "9", "--limit", "10"])
        #expect(beyond.status == 0 && beyond.stdout.isEmpty && beyond.stderr == "0 of 63 notes (page 9 of 7)\n")
    }

    /// `2026-09-05 11:12`, as the table shows a sample time.
    static func tableTime(_ text: String) -> String {
        String(day(text).iso8601.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    @Test func list_EachFilter_FindsWhatTheSampleHolds() throws {
        let workspace = try ReviewWorkspace()
        let notes = workspace.sample.notes
        func ids(_ keep: (SampleFile.SampleNote) -> Bool) -> Set<String> { Set(notes.filter(keep).map(\.id)) }
        func recorded(_ note: SampleFile.SampleNote) -> Timestamp { Self.day(note.recordedAt) }
        let cases: [([String], Set<String>)] = [
            ([], ids { _ in true }),
            (["--neighbourhood", "lombok"], ids { workspace.stand(of: $0)?.neighbourhood == "Lombok" }),
            (["--from", "2026-10-01", "--to", "2026-10-31"],
             ids { recorded($0) >= Self.day("2026-10-01") && recorded($0) < Self.day("2026-11-01") }),
            (["--from", "2026-09-05", "--to", "2026-09-05"], ids { $0.recordedAt.hasPrefix("2026-09-05") }),
            (["--to", "2026-09-16"], ids { recorded($0) < Self.day("2026-09-17") }),
            (["--officer", "lotte verhoeven"], ids { $0.officer == "Lotte Verhoeven" }),
            (["--topic", "parking"], ids { $0.topic == "parking" }),
            (["--tag", "evening"], ids { $0.tags.contains("evening") }),
            (["--mood", "concerned"], ids { $0.mood == .concerned }),
            (["--follow-up", "open"], ids { $0.followUpStatus == .open }),
            (["--follow-up", "done"], ids { $0.followUpStatus == .done }),
            (["--search", "cafe zon"], ids { $0.summary.contains("café de Zon") }),
            (["--neighbourhood", "Kanaleneiland", "--mood", "positive"],
             ids { workspace.stand(of: $0)?.neighbourhood == "Kanaleneiland" && $0.mood == .positive }),
            (["--conflicts"], []),
            (["--owner", "Nobody"], []),
        ]
        for (filters, expected) in cases {
            let (found, total) = try workspace.listed(filters)
            #expect(found == expected && total == expected.count, "filters \(filters)")
        }
        #expect(cases.dropFirst().filter { !$0.1.isEmpty }.allSatisfy { $0.1.count < notes.count }, "each filter leaves notes out")
    }

    @Test func list_Deleted_OnlyWithTheFlag_AndFlaggedInTheTable() throws {
        let workspace = try ReviewWorkspace()
        let id = workspace.sample.notes[0].id
        try workspace.withStore { central in
            let record = try #require(try central.record(id: id))
            let author = Author(device: ReviewWorkspace.sampleDevice, officer: "Lotte Verhoeven")
            let deleted = try #require(record.deleting(clearing: NoteField.clearedPersonalFields, by: author))
            _ = try central.push([deleted], from: ReviewWorkspace.sampleDevice)
        }
        #expect(try workspace.listed([]).ids.contains(id) == false)
        #expect(try workspace.listed(["--deleted"]).ids.contains(id))
        let table = try workspace.review(["list", "--deleted", "--limit", "1000"])
        let row = table.stdout.split(separator: "\n").first { $0.hasPrefix(id.prefix(8)) }
        #expect(row?.contains("deleted") == true)
    }

    @Test(arguments: [
        ["--limit", "0"], ["--limit", "1001"], ["--limit", "ten"], ["--page", "0"], ["--from", "2026-13-01"],
        ["--from", "01-10-2026"], ["--to", "2026-10-01T12:00Z"], ["--from", "2026-10-02", "--to", "2026-10-01"],
        ["--mood", "happy"], ["--follow-up", "maybe"], ["--neighbourhood", " "], ["--colour", "red"],
    ])
    func list_BadInput_IsOneLineOnStderrAndExit64(arguments: [String]) throws {
        let workspace = try ReviewWorkspace()
        let result = try workspace.review(["list"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("fieldkit-server review list: ") && result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func review_OnAStoreThatDoesNotExist_IsRefusedAndCreatesNothing() throws {
        let folder = TemporaryFolder()
        let result = try ProcessRunner.server(["review", "list", "--store", folder.file("missing.sqlite")])
        #expect(result.status == 64 && result.stderr.contains("no FieldKit server store at"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.sqlite")))
    }

    @Test func show_PrintsTheNoteAndWhoChangedWhatAndWhen() throws {
        let workspace = try ReviewWorkspace()
        let sampleNote = try #require(workspace.sample.notes.first { $0.summary.contains("\n") && $0.contact != nil })
        let id = sampleNote.id
        let before = try workspace.review(["show", String(id.prefix(6))])
        #expect(before.status == 0 && before.stderr.isEmpty)
        #expect(before.stdout.hasPrefix("Note \(id)\n"))
        for line in sampleNote.summary.split(separator: "\n") { #expect(before.stdout.contains(line)) }
        #expect(before.stdout.contains("History (as merged by the server, oldest first)"))
        #expect(before.stdout.contains("from sample-laptop"))
        #expect(before.stdout.contains("Lotte Verhoeven, device sample-laptop #1, \(Self.tableTime(sampleNote.recordedAt)) UTC: "))

        #expect(try workspace.review(["assign", id, "--owner", "Joost van den Berg", "--as", "Carla Smit"]).status == 0)
        let after = try workspace.review(["show", id])
        #expect(after.stdout.contains("from coord:carla-smit"))
        #expect(after.stdout.contains("Carla Smit, device coord:carla-smit #1"))
        #expect(after.stdout.contains("Assigned to   Joost van den Berg"))
        let json = try #require(try workspace.json(["show", id]) as? [String: Any])
        #expect(json["id"] as? String == id && json["summary"] as? String == sampleNote.summary)
        #expect(json["follow_up_owner"] as? String == "Joost van den Berg")
        let history = try #require(json["history"] as? [[String: Any]])
        #expect(history.count == 2)
        #expect(history.map { $0["source"] as? String } == ["sample-laptop", "coord:carla-smit"])
        #expect(history.allSatisfy { ($0["merged_at"] as? String)?.hasSuffix("Z") == true })
        let write = try #require((history[1]["writes"] as? [[String: Any]])?.first)
        #expect(write["officer"] as? String == "Carla Smit" && write["device"] as? String == "coord:carla-smit")
        #expect((write["fields"] as? [String])?.contains("follow_up_owner") == true)
    }

    @Test func show_UnknownOrAmbiguousID_Exits65() throws {
        let workspace = try ReviewWorkspace()
        let first = Dictionary(grouping: workspace.sample.notes, by: { $0.id.prefix(1) }).first { $0.value.count > 1 }!.key
        let ambiguous = try workspace.review(["show", String(first)])
        #expect(ambiguous.status == 65 && ambiguous.stderr.contains("type more characters"))
        let unknown = try workspace.review(["show", "zzzz"])
        #expect(unknown.status == 65 && unknown.stderr == "fieldkit-server: no note with id 'zzzz'; see 'fieldkit-server review list'\n")
        #expect(try workspace.review(["show"]).status == 64)
    }

    @Test func report_CountsPerNeighbourhoodTopicAndWeek() throws {
        let workspace = try ReviewWorkspace()
        let notes = workspace.sample.notes
        let report = try #require(try workspace.json(["report"]) as? [String: Any])
        let total = try #require(report["total"] as? [String: Any])
        #expect(total["notes"] as? Int == notes.count)
        for mood in Mood.allCases {
            #expect(total[mood.rawValue] as? Int == notes.filter { $0.mood == mood }.count, "\(mood)")
        }
        #expect(total["open_follow_ups"] as? Int == notes.filter { $0.followUpStatus == .open }.count)
        #expect(total["overdue_follow_ups"] as? Int == 0)
        func lines(_ key: String) -> [String: Int] {
            let list = report[key] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: list.map { ($0["key"] as? String ?? "", $0["notes"] as? Int ?? 0) })
        }
        let neighbourhoods = Dictionary(grouping: notes) { workspace.stand(of: $0)?.neighbourhood ?? "" }.mapValues(\.count)
        #expect(lines("by_neighbourhood") == neighbourhoods)
        #expect(lines("by_topic") == Dictionary(grouping: notes, by: \.topic).mapValues(\.count))
        let weeks = lines("by_week")
        #expect(weeks.values.reduce(0, +) == notes.count && weeks.count > 1)
        #expect(weeks.keys.allSatisfy { Self.day($0).milliseconds / 86_400_000 % 7 == 4 }, "every week starts on a Monday")

        let lombok = try #require(try workspace.json(["report", "--neighbourhood", "Lombok"]) as? [String: Any])
        #expect((lombok["total"] as? [String: Any])?["notes"] as? Int == neighbourhoods["Lombok"])

        let open = try #require(notes.first { $0.followUpStatus == .open })
        #expect(try workspace.review(["assign", open.id, "--owner", "Lotte Verhoeven", "--due", "2020-01-01", "--as", "Carla"]).status == 0)
        let text = try workspace.review(["report"])
        #expect(text.status == 0)
        let positive = notes.filter { $0.mood == .positive }.count, neutral = notes.filter { $0.mood == .neutral }.count
        let concerned = notes.filter { $0.mood == .concerned }.count, opened = notes.filter { $0.followUpStatus == .open }.count
        #expect(text.stdout.hasPrefix("\(notes.count) notes: \(positive) positive, \(neutral) neutral, \(concerned) concerned; "
                                      + "\(opened) open follow-ups, 1 overdue\n"))
        let headers = text.stdout.split(separator: "\n").filter { $0.hasSuffix("NOTES  POSITIVE  NEUTRAL  CONCERNED  OPEN  OVERDUE") }
        #expect(headers.map { $0.split(separator: " ").first.map(String.init) } == ["NEIGHBOURHOOD", "TOPIC", "WEEK"])
        #expect(try workspace.review(["report", "--from", "2026-02-30"]).status == 64)
    }

    @Test func help_ExplainsKeepNumbersAndTheCommands() throws {
        let group = try ProcessRunner.server(["review", "--help"])
        for name in ["list", "show", "conflicts", "resolve", "followups", "assign", "done", "report", "export", "FIELDKIT_COORDINATOR"] {
            #expect(group.stdout.contains(name), "review --help names \(name)")
        }
        let resolve = try ProcessRunner.server(["review", "resolve", "--help"])
        let words = resolve.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(resolve.status == 0 && words.contains("--keep <n|latest> The alternative to keep: its 1-based number in 'review conflicts', or latest."))
        #expect(words.contains("--keep takes the number of the alternative as 'review conflicts' lists it"))
        #expect(resolve.stdout.contains("--as <name>"))
        let export = try ProcessRunner.server(["review", "export", "--help"])
        #expect(export.stdout.contains("leading apostrophe") && export.stdout.contains("byte order mark"))
        let bare = try ProcessRunner.server(["review"])
        #expect(bare.status == 64 && bare.stderr.contains("missing subcommand; use one of: list, show, conflicts, resolve"))
    }
}
