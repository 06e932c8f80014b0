import FieldCore
import FieldStore
import Foundation
import HTTPKit
import Testing

/// A note whose recorded time looked wrong at its push carries a notice on its page, in the browser's language.
@Suite struct ClockFlagPageTests {
    /// A note pushed by `laptop-x` and flagged as recorded 3 days ahead of that laptop's clock.
    static func flaggedNote(_ world: ReviewWorld) throws -> String {
        let future = ReviewWorld.start.adding(milliseconds: 3 * 86_400_000)
        let id = try world.pushNote(officer: "Anna", device: "laptop-x", at: future)
        let clock = RecordedTimeCheck.DeviceClock(device: DeviceID("laptop-x"), serverNow: ReviewWorld.start, offset: 0,
                                                  enrolledAt: ReviewWorld.start.adding(milliseconds: -86_400_000))
        let flags = try world.gate.withStore { try $0.flagRecordedTimes([try $0.record(id: id)!], clock: clock) }
        #expect(flags.map(\.reason) == [.future])
        return id
    }

    @Test func notePage_OfFlaggedNote_SaysTheRecordedTimeLooksWrong() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let id = try Self.flaggedNote(world)
        let page = browser.get("/review/notes/" + id)
        #expect(page.status == .ok)
        #expect(page.bodyText.contains("Recorded time looks wrong: 3 days in the future by this laptop&#39;s clock"), "escaped like all text")
        browser.language = "nl"
        #expect(browser.get("/review/notes/" + id).bodyText.contains("3 dagen in de toekomst volgens de klok van deze laptop"))
    }

    @Test func notePage_OfUnflaggedNote_HasNoClockNotice() throws {
        let (world, browser) = try NoteListPageTests.signedIn()
        let page = browser.get("/review/notes/" + world.sample.notes[0].id)
        #expect(page.status == .ok && !page.bodyText.contains("Recorded time looks wrong"))
    }
}
