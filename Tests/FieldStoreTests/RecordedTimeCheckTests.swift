import FieldCore
import FieldStore
import Testing

/// The plausibility rule for recorded times, at its limits.
@Suite struct RecordedTimeCheckTests {
    static let device = DeviceID("00000000000000aa")
    static let now = Timestamp(milliseconds: 1_790_000_000_000)
    static let minute: Int64 = 60_000
    static let day: Int64 = 86_400_000

    static func note(recordedAt: Int64, by device: DeviceID = device) -> Record {
        Record.created(id: "n1", kind: .note, values: [NoteField.recordedAt.rawValue: .number(Double(recordedAt))],
                       by: Author(device: device, officer: "Anna", at: now))
    }

    static func clock(offset: Int64 = 0, enrolledAt: Timestamp = now.adding(milliseconds: -30 * day)) -> RecordedTimeCheck.DeviceClock {
        RecordedTimeCheck.DeviceClock(device: device, serverNow: now, offset: offset, enrolledAt: enrolledAt)
    }

    @Test func futureLimit_IsTenMinutesAheadOfTheDevicesClock() {
        let now = Self.now.milliseconds
        #expect(RecordedTimeCheck.flags(for: Self.note(recordedAt: now + 9 * Self.minute), clock: Self.clock()).isEmpty)
        #expect(RecordedTimeCheck.flags(for: Self.note(recordedAt: now + 11 * Self.minute), clock: Self.clock()).map(\.reason) == [.future])
        // A device 20 minutes behind the server: its "now" is 20 minutes earlier, so 11 minutes after the server's now is 31 ahead of it.
        let behind = RecordedTimeCheck.flags(for: Self.note(recordedAt: now + 11 * Self.minute), clock: Self.clock(offset: 20 * Self.minute))
        #expect(behind.first?.offBy == 31 * Self.minute)
    }

    @Test func enrollmentLimit_IsOneDayBeforeEnrollment() {
        let enrolled = Self.now.adding(milliseconds: -30 * Self.day)
        let justInside = enrolled.milliseconds - Self.day + Self.minute
        let outside = enrolled.milliseconds - 2 * Self.day
        #expect(RecordedTimeCheck.flags(for: Self.note(recordedAt: justInside), clock: Self.clock()).isEmpty)
        let flags = RecordedTimeCheck.flags(for: Self.note(recordedAt: outside), clock: Self.clock())
        #expect(flags.map(\.reason) == [.beforeEnrollment] && flags.first?.offBy == 2 * Self.day)
    }

    @Test func recordedTimeWrittenByAnotherDevice_IsNotJudged() {
        let note = Self.note(recordedAt: Self.now.milliseconds + 5 * Self.day, by: DeviceID("00000000000000bb"))
        #expect(RecordedTimeCheck.flags(for: note, clock: Self.clock()).isEmpty)
    }
}
