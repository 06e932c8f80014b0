import FieldCore
import FieldStore
import Foundation
import Locking
import SyncService
import Testing

/// The server's retention schedule: one logged line of counts per run, at start and on every interval.
@Suite struct RetentionScheduleTests {
    static let day: Int64 = 86_400_000

    /// A world whose server holds one note per contact, recorded now, and a 1-day contact retention.
    static func world(contacts: [String]) throws -> SyncWorld {
        let world = try SyncWorld()
        let a = try world.addDevice(officer: "Anna")
        for contact in contacts {
            try world.devices[a].store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "x", contact: contact))
        }
        try world.sync(a)
        try world.gate.withStore { try $0.setRetentionPolicy(RetentionPolicy(contact: Self.day)) }
        return world
    }

    @Test func tick_ErasesWhatIsDue_AndLogsOneLineOfCounts() throws {
        let world = try Self.world(contacts: ["secret-1@example.org", "secret-2@example.org"])
        let log = CapturedLog()
        let later = Timestamp.now().adding(milliseconds: 2 * Self.day)
        let schedule = RetentionSchedule(gate: world.gate, log: log.log, clock: { later })
        #expect(schedule.tick()?.contactsErased == 2)
        #expect(schedule.tick()?.contactsErased == 0)
        #expect(log.lines.count == 2)
        #expect(log.lines[0].contains("retention: erased contact on 2 notes, erased 0 notes; next run "))
        #expect(!log.lines.joined().contains("secret"), "counts only, never contents")
        #expect(try world.gate.withStore { try $0.nextRetentionRun() } == later.adding(milliseconds: RetentionSchedule.defaultInterval))
    }

    @Test func tick_WithoutPolicy_WritesNothingAndSaysSoOnce() throws {
        let world = try SyncWorld()
        let log = CapturedLog()
        let schedule = RetentionSchedule(gate: world.gate, log: log.log)
        schedule.tick()
        schedule.tick()
        #expect(log.lines.count == 1 && log.lines[0].contains("retention: no policy set"))
        #expect(try world.gate.withStore { try $0.nextRetentionRun() } == nil)
    }

    @Test func started_RunsAtOnceAndOnEveryInterval_UntilStopped() throws {
        let world = try Self.world(contacts: ["first@example.org"])
        let log = CapturedLog()
        let clock = Locked(Timestamp.now().adding(milliseconds: 2 * Self.day))
        let schedule = RetentionSchedule(gate: world.gate, log: log.log, interval: 50, clock: { clock.withLock { $0 } })
        schedule.start()
        #expect(Self.waitFor { log.lines.contains { $0.contains("erased contact on 1 note,") } }, "a run at start")
        // A note logged later, and pushed, is erased by a later run of the same schedule.
        try world.devices[0].store.log(NoteDraft(neighbourhood: "Lombok", officer: "Anna", topic: "noise", summary: "x", contact: "later@example.org"))
        try world.sync(0)
        clock.withLock { $0 = $0.adding(milliseconds: 2 * Self.day) }
        #expect(Self.waitFor { (try? world.serverRecords().values.allSatisfy { $0.value("contact") == .null }) == true }, "a run on the interval")
        schedule.stop()
        let runs = log.lines.count
        Thread.sleep(forTimeInterval: 0.2)
        #expect(log.lines.count == runs, "no run after stop")
        #expect(try world.gate.withStore { try $0.nextRetentionRun() } == nil, "no next run announced once stopped")
    }

    /// Polls `condition` for up to 10 seconds.
    static func waitFor(_ condition: () -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: 10)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
