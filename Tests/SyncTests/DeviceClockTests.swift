import FieldCore
import FieldStore
import Foundation
import SyncClient
import Testing

/// The device's clock through the real handlers: its offset kept on both sides, and notes whose
/// recorded time looks wrong accepted but flagged for coordinators.
@Suite struct DeviceClockTests {
    static let minute: Int64 = 60_000
    static let day: Int64 = 86_400_000

    /// A clock `offset` milliseconds off the real one (negative: behind).
    static func skewed(by offset: Int64) -> () -> Timestamp {
        { Timestamp.now().adding(milliseconds: offset) }
    }

    static func draft(recordedAt: Timestamp) -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", recordedAt: recordedAt, officer: "Anna", topic: "parking", summary: "Vans")
    }

    /// The server's view of `device`'s token.
    static func token(_ world: SyncWorld, _ index: Int) throws -> EnrolledToken? {
        let device = world.devices[index].store.identity.deviceID
        return try world.gate.withStore { try $0.tokens() }.first { $0.deviceID == device }
    }

    @Test func sync_WithDeviceClockTwelveMinutesBehind_StoresTheOffsetOnBothSides() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna")
        let clock = Self.skewed(by: -12 * Self.minute)
        world.devices[anna].transport.deviceClock = clock
        _ = try world.devices[anna].store.log(Self.draft(recordedAt: clock()), at: clock())
        let report = try SyncEngine(store: world.devices[anna].store, transport: world.devices[anna].transport, clock: clock).run()

        let onDevice = try #require(try world.devices[anna].store.clockOffset())
        #expect(abs(onDevice.milliseconds - 12 * Self.minute) < 5_000 && onDevice.deviceIsBehind && onDevice.deservesWarning)
        #expect(report.clockOffset?.milliseconds == onDevice.milliseconds)
        let onServer = try #require(try Self.token(world, anna)?.clockOffset)
        #expect(abs(onServer.milliseconds - 12 * Self.minute) < 5_000)
        #expect(onServer.deviceClockLabel == "\u{2212}12 min")
    }

    @Test func sync_WithoutDeviceTimeHeader_IsServedAndLeavesTheServerSideUnknown() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna")
        _ = try world.devices[anna].store.log(Self.draft(recordedAt: .now()))
        let report = try world.sync(anna)
        #expect(report.pushedNotes == 1)
        #expect(try Self.token(world, anna)?.clockOffset == nil)
        #expect(try world.devices[anna].store.clockOffset().map { abs($0.milliseconds) < 5_000 } == true,
                "the device still measures from server_time")
    }

    @Test func push_NoteThreeDaysInTheFuture_IsAcceptedAndFlagged() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna")
        world.devices[anna].transport.deviceClock = Timestamp.now
        let note = try world.devices[anna].store.log(Self.draft(recordedAt: .now().adding(milliseconds: 3 * Self.day)))
        #expect(try world.sync(anna).pushedNotes == 1)
        #expect(try world.serverRecords()[note.id] != nil, "flagged, not refused")
        let flags = try world.gate.withStore { try $0.clockFlags(id: note.id) }
        #expect(flags.map(\.reason) == [.future])
        #expect(AgePeriod.approximately(milliseconds: flags.first?.offBy ?? 0) == AgePeriod(count: 3, unit: .days))
        #expect(flags.first?.device == world.devices[anna].store.identity.deviceID)
    }

    @Test func push_NoteWrittenBeforeEnrollment_IsFlagged() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna")
        let note = try world.devices[anna].store.log(Self.draft(recordedAt: .now().adding(milliseconds: -3 * Self.day)))
        let fine = try world.devices[anna].store.log(Self.draft(recordedAt: .now().adding(milliseconds: -12 * 3_600_000)))
        try world.sync(anna)
        #expect(try world.gate.withStore { try $0.clockFlags(id: note.id) }.map(\.reason) == [.beforeEnrollment])
        #expect(try world.gate.withStore { try $0.clockFlags(id: fine.id) }.isEmpty, "within a day of enrollment is fine")
    }

    @Test func push_NoteStampedByAClockStillAhead_IsNotFlaggedButTheOffsetShows() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna")
        let clock = Self.skewed(by: 3 * Self.day)
        world.devices[anna].transport.deviceClock = clock
        let note = try world.devices[anna].store.log(Self.draft(recordedAt: clock()), at: clock())
        _ = try SyncEngine(store: world.devices[anna].store, transport: world.devices[anna].transport, clock: clock).run()
        #expect(try world.gate.withStore { try $0.clockFlags(id: note.id) }.isEmpty)
        #expect(try Self.token(world, anna)?.clockOffset?.deviceClockLabel == "+3 d")
    }

    @Test func push_OfAnotherDevicesOldNote_IsNotFlaggedForThePusher() throws {
        let world = try SyncWorld()
        let anna = try world.addDevice(officer: "Anna", enrolledAt: .now().adding(milliseconds: -30 * Self.day))
        let bram = try world.addDevice(officer: "Bram")
        let note = try world.devices[anna].store.log(Self.draft(recordedAt: .now().adding(milliseconds: -10 * Self.day)))
        try world.sync(anna)
        try world.sync(bram)
        _ = try world.devices[bram].store.edit(id: note.id, changes: [.mood: .text("positive")])
        #expect(try world.sync(bram).pushedNotes == 1)
        #expect(try world.gate.withStore { try $0.clockFlags(id: note.id) }.isEmpty,
                "Bram, enrolled today, carries Anna's note; its time is Anna's clock, not his")
    }
}
