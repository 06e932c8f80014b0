import FieldCore
import FieldStore
import Foundation
import TestSupport
import Testing

/// The review pages once for real: `fieldkit-server serve` on a loopback port, a store holding the
/// Fixtures sample, and headless Chromium signing in through the form and reading the pages.
///
/// Set `FIELDKIT_SCREENSHOTS=/some/folder` to keep the screenshots it takes.
@Suite(.serialized, .enabled(if: HeadlessChromium.executable != nil,
                             "chromium is not installed, so the live browser check is skipped; .ci/run installs it"))
struct ReviewLiveTests {
    struct Prepared {
        let token: String
        let conflicted: String
        let hostile: String
    }

    /// Fills the server's store before it starts: the sample, a coordinator, a conflict and a hostile note.
    static func prepare(_ path: String) throws -> Prepared {
        let world = try ReviewWorld(store: try CentralStore.openOrCreate(at: path))
        let token = try world.enroll("Carla Smit", role: .coordinator)
        let conflicted = try #require(world.sample.notes.max { $0.recordedAt < $1.recordedAt }).id
        try world.conflict(conflicted, field: "summary", ("Anna", .text("Vans at 8:00")), ("Bram", .text("Vans at 17:00")))
        let hostile = try world.pushNote(officer: "Bram", values: ["summary": .text(ReviewWorld.hostile), "topic": .text(ReviewWorld.hostile)])
        try world.gate.close()
        return Prepared(token: token, conflicted: conflicted, hostile: hostile)
    }

    @Test func browser_SignsInAndSeesTheMergedNotesAndTheReportsChart() throws {
        let prepared = Shared<Prepared?>(nil)
        let server = try ServerProcess { path in
            let result = try Self.prepare(path)
            prepared.value.withLock { $0 = result }
        }
        let setup = try #require(prepared.value.withLock { $0 })
        let browser = try HeadlessChromium()
        try Self.signIn(browser, server.url, setup.token)
        try Self.readNotes(browser, server.url, setup)
        try Self.readReport(browser, server.url)
        let stopped = server.stop()
        #expect(stopped.status == 0)
        #expect(stopped.log.contains("review sign-in officer=Carla Smit") && !stopped.log.contains(setup.token))
        #expect(!stopped.log.contains("fieldkit_review=") && !stopped.log.contains("Vans at"), "no cookies or note contents in the log")
        #expect(!browser.events.contains("Page.javascriptDialogOpening"), "no alert ever opened")
    }

    /// From `/` to the sign-in form, and through it with the token, as a person would.
    static func signIn(_ browser: HeadlessChromium, _ url: String, _ token: String) throws {
        try browser.open(url + "/")
        #expect(try browser.evaluate("location.pathname") as? String == "/review/signin")
        try browser.evaluateAndWaitForLoad("""
            document.getElementById('token').value = \(quoted(token)); document.querySelector('main form').submit()
            """)
        #expect(try browser.evaluate("location.pathname") as? String == "/review/notes", "signed in through the real form")
    }

    static func readNotes(_ browser: HeadlessChromium, _ url: String, _ setup: Prepared) throws {
        let notes = try browser.dom()
        #expect(notes.contains("Signed in as Carla Smit") && notes.contains("Notes 1–50 of 64"))
        #expect(notes.components(separatedBy: "<tr><td class=\"nowrap\"").count - 1 == 50, "fifty note rows")
        #expect(notes.contains("Kanaleneiland") && notes.contains("Lombok") && notes.contains("Vans at 17:00"), "merged notes, the conflict's latest value")
        try keep(browser.screenshot(), "notes")

        try browser.open(url + "/review/notes?q=script")
        #expect(try browser.evaluate("document.scripts.length") as? Int == 0)
        #expect(try browser.evaluate("document.querySelector('td a').textContent") as? String == ReviewWorld.hostile, "shown as text")

        try browser.open(url + "/review/notes/\(setup.conflicted)/conflicts")
        #expect(try browser.evaluate("document.querySelectorAll('input[type=radio]').length") as? Int == 3)
        try keep(browser.screenshot(), "conflicts")
    }

    static func readReport(_ browser: HeadlessChromium, _ url: String) throws {
        try browser.open(url + "/review/report")
        let report = try browser.dom()
        #expect(report.contains("<svg") && report.contains("<rect class=\"bar\""))
        let drawn = try browser.evaluate("""
            [...document.querySelectorAll('rect.bar')].filter(r => r.getBoundingClientRect().height > 0).length
            """) as? Int
        #expect((drawn ?? 0) > 20, "the bars are laid out with a height, not only present")
        let png = try browser.screenshot()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 30_000, "a PNG with content: \(png.count) bytes")
        try keep(png, "report")
    }

    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// Saves a screenshot in `FIELDKIT_SCREENSHOTS`, when set.
    static func keep(_ png: Data, _ name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["FIELDKIT_SCREENSHOTS"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try png.write(to: URL(fileURLWithPath: folder + "/review-\(name).png"))
    }
}
