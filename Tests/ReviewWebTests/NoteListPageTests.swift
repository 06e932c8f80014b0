import FieldCore
import FieldStore
import Foundation
import HTTPKit
import Testing

/// The note list: filters as the CLI has them, counts, and paging that keeps the filters.
@Suite struct NoteListPageTests {
    static func signedIn() throws -> (ReviewWorld, ReviewBrowser) {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        return (world, browser)
    }

    /// How many note rows a list page shows.
    static func rows(_ response: HTTPResponse) -> Int {
        response.bodyText.components(separatedBy: "<tr><td class=\"nowrap\"").count - 1
    }

    static func count(_ world: ReviewWorld, _ configure: (inout ReviewFilter) -> Void) throws -> Int {
        var filter = ReviewFilter()
        configure(&filter)
        return try world.gate.withStore { try $0.countNotes(filter) }
    }

    @Test func list_PagesThroughAllNotesFiftyAtATime() throws {
        let (world, browser) = try Self.signedIn()
        let first = browser.get("/review/notes")
        #expect(first.status == .ok && Self.rows(first) == 50 && first.bodyText.contains("Notes 1–50 of 63"))
        #expect(first.bodyText.contains("href=\"/review/notes?page=2\"") && !first.bodyText.contains("rel=\"prev\""))
        let second = browser.get("/review/notes?page=2")
        #expect(Self.rows(second) == world.sample.notes.count - 50 && second.bodyText.contains("Notes 51–63 of 63"))
        #expect(second.bodyText.contains("rel=\"prev\" href=\"/review/notes\"") && !second.bodyText.contains("rel=\"next\""))
        #expect(Self.rows(browser.get("/review/notes?page=9")) == 0)
    }

    @Test func list_FiltersLikeTheStore() throws {
        let (world, browser) = try Self.signedIn()
        let officer = world.sample.officers[1]
        let cases: [(String, Int)] = [
            ("neighbourhood=lombok", try Self.count(world) { $0.neighbourhood = "Lombok" }),
            ("mood=concerned", try Self.count(world) { $0.mood = .concerned }),
            ("follow_up=open", try Self.count(world) { $0.followUpStatus = .open }),
            ("officer=" + ReviewBrowser.encode(officer), try Self.count(world) { $0.officer = officer }),
            ("topic=parking&mood=neutral", try Self.count(world) { $0.topic = "parking"; $0.mood = .neutral }),
            ("tag=" + ReviewBrowser.encode(world.sample.notes[0].tags[0]), try Self.count(world) { $0.tag = world.sample.notes[0].tags[0] }),
            ("from=2026-10-01&to=2026-10-31", try Self.count(world) {
                $0.from = ISO8601Format.parse("2026-10-01"); $0.before = ISO8601Format.parse("2026-11-01") }),
            ("q=cafe+zon", 1),
            ("conflict=yes", 0),
            ("conflict=no", world.sample.notes.count),
        ]
        for (query, expected) in cases {
            let page = browser.get("/review/notes?" + query)
            #expect(expected > 0 ? page.bodyText.contains("of \(expected)<") : page.bodyText.contains("No notes match"), "\(query)")
            #expect(Self.rows(page) == min(expected, 50), "\(query)")
        }
    }

    @Test func list_SuggestsTheNeighbourhoodsAndTopicsOfLiveNotes() throws {
        let (world, browser) = try Self.signedIn()
        _ = try world.pushNote(officer: "Anna", values: ["neighbourhood": .text("Oog in Al"), "topic": .text("benches")])
        let gone = try world.pushNote(officer: "Anna", values: ["neighbourhood": .text("Gone"), "topic": .text("gone")])
        let pushed = try #require(try world.gate.withStore { try $0.record(id: gone) })
        let deleted = try #require(pushed.deleting(clearing: [:], by: Author(device: DeviceID("laptop-x"), officer: "Anna")))
        _ = try world.gate.withStore { try $0.push([deleted], from: DeviceID("laptop-x")) }
        let page = browser.get("/review/notes?neighbourhood=nowhere").bodyText
        let options = { (id: String) -> [String] in
            let list = page.components(separatedBy: "<datalist id=\"\(id)\">").dropFirst().first?.components(separatedBy: "</datalist>").first ?? ""
            return list.components(separatedBy: "<option value=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        }
        let report = try world.gate.withStore { try $0.report(ReviewFilter()) }
        #expect(options("neighbourhoods") == report.byNeighbourhood.map(\.key).map(HTMLEscapingForTests.escape).sorted())
        #expect(options("topics") == report.byTopic.map(\.key).map(HTMLEscapingForTests.escape).sorted())
        #expect(options("neighbourhoods").contains("Oog in Al") && options("topics").contains("benches"))
        #expect(!options("neighbourhoods").contains("Gone") && !options("topics").contains("gone"), "deleted notes suggest nothing")
    }

    @Test func list_PagingLinksKeepTheFilters() throws {
        let (world, browser) = try Self.signedIn()
        world.advanceClock(seconds: 0)
        for index in 0..<60 {
            try world.pushNote(officer: "Anna & Co", values: ["summary": .text("café note \(index)"), "topic": .text("café")])
        }
        let page = browser.get("/review/notes?topic=caf%C3%A9&officer=Anna+%26+Co&mood=concerned")
        #expect(page.bodyText.contains("Notes 1–50 of 60"))
        let next = "/review/notes?officer=Anna%20%26%20Co&amp;topic=caf%C3%A9&amp;mood=concerned&amp;page=2"
        #expect(page.bodyText.contains("href=\"\(next)\""), "the filters travel percent-encoded, the & between them escaped")
        let second = browser.get(next.replacingOccurrences(of: "&amp;", with: "&"))
        #expect(second.bodyText.contains("Notes 51–60 of 60") && Self.rows(second) == 10)
        #expect(second.bodyText.contains("value=\"Anna &amp; Co\""), "the form shows the filter as typed")
    }

    @Test func list_BadDate_IsIgnoredWithANotice() throws {
        let (world, browser) = try Self.signedIn()
        let page = browser.get("/review/notes?from=yesterday")
        #expect(page.status == .ok && page.bodyText.contains("“yesterday” was not understood"))
        #expect(page.bodyText.contains("of \(world.sample.notes.count)<"))
    }

    @Test func notePage_ShowsFieldsAndHistory() throws {
        let (world, browser) = try Self.signedIn()
        let note = world.sample.notes[0]
        let page = browser.get("/review/notes/" + note.id.prefix(8))
        #expect(page.status == .ok)
        #expect(page.bodyText.contains(HTMLEscapingForTests.escape(note.summary)) && page.bodyText.contains("Version history"))
        #expect(page.bodyText.contains("by \(note.officer) on sample-laptop"), "each write's officer and device")
        #expect(page.bodyText.contains("<td>sample-laptop</td>"), "the source of the merge")
        #expect(browser.get("/review/notes/ffffffff").status == .notFound)
        #expect(browser.get("/review/notes/NOT%20AN%20ID").status == .notFound)
    }

    @Test func reportPage_DrawsBarsWithTitlesAndTables() throws {
        let (world, browser) = try Self.signedIn()
        let page = browser.get("/review/report").bodyText
        #expect(page.contains("<svg") && page.contains("role=\"img\"") && page.contains("<title id=\"weekly-title\">"))
        let bars = page.components(separatedBy: "<rect class=\"bar\"").count - 1
        let report = try world.gate.withStore { try $0.report(ReviewFilter()) }
        let shownTopics = Dictionary(grouping: report.topicCells, by: \.neighbourhood).values.map { min($0.count, 12) }.reduce(0, +)
        #expect(bars == report.weekCells.count + shownTopics)
        #expect(shownTopics == report.topicCells.count, "the sample has no neighbourhood with more than 12 topics")
        #expect(page.contains("Lombok, parking:") || page.contains("Lombok, "))
        #expect(page.contains("<th scope=\"row\">Kanaleneiland</th>") && page.contains(">\(world.sample.notes.count)</td>"))
    }

    @Test func followUpBoard_ShowsOpenOverdueAndDone() throws {
        let (world, browser) = try Self.signedIn()
        let late = try world.pushNote(officer: "Anna", values: [
            "follow_up": .text("Call back"), "follow_up_status": .text("open"),
            "follow_up_due": .number(Double(ReviewWorld.start.milliseconds - 86_400_000)),
        ])
        let page = browser.get("/review/followups").bodyText
        let open = world.sample.notes.filter { $0.followUpStatus == .open }.count
        let done = world.sample.notes.filter { $0.followUpStatus == .done }.count
        #expect(page.contains("Open <span class=\"muted\">(\(open))</span>") && page.contains("Done <span class=\"muted\">(\(done))</span>"))
        let overdue = try #require(page.range(of: "Overdue <span class=\"muted\">(1)</span>"))
        #expect(page[overdue.upperBound...].prefix(600).contains("id=\"n-\(late)\""))
    }
}

/// The pages' escaping, for building expected text.
enum HTMLEscapingForTests {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
