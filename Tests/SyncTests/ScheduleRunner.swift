import FieldCore
import FieldStore
import SyncClient
import TestSupport

/// One random schedule of local writes and (possibly broken) syncs across several devices.
struct ScheduleRunner {
    struct Totals: CustomStringConvertible {
        var writes = 0, pushes = 0, interruptedPushes = 0, lostAnswers = 0, replayedPushes = 0
        var pulls = 0, interruptedPulls = 0, resolves = 0, conflictsSeen = 0, conflictsAtEnd = 0

        mutating func add(_ other: Totals) {
            writes += other.writes; pushes += other.pushes; interruptedPushes += other.interruptedPushes
            lostAnswers += other.lostAnswers; replayedPushes += other.replayedPushes; pulls += other.pulls
            interruptedPulls += other.interruptedPulls; resolves += other.resolves; conflictsSeen += other.conflictsSeen
            conflictsAtEnd += other.conflictsAtEnd
        }

        var description: String {
            "\(writes) writes, \(pushes) pushes (\(interruptedPushes) interrupted, \(lostAnswers) answers lost, "
                + "\(replayedPushes) duplicated or replayed), \(pulls) pulls (\(interruptedPulls) interrupted), "
                + "\(conflictsSeen) conflicts met on devices, \(resolves) resolved, \(conflictsAtEnd) left at the end"
        }
    }

    var generator: SeededGenerator
    let world: SyncWorld
    var tracker = WriteTracker()
    var totals = Totals()

    init(seed: UInt64) throws {
        generator = SeededGenerator(seed: seed)
        world = try SyncWorld()
        for index in 0..<Int.random(in: 3...8, using: &generator) {
            try world.addDevice(officer: "Officer \(index)")
        }
    }

    /// Random steps. Devices that already know a few notes mostly edit them rather than create
    /// more, so that concurrent edits of the same note (and conflicts to resolve) are common.
    mutating func runRandomSteps() throws {
        for _ in 0..<Int.random(in: 20...50, using: &generator) {
            let device = Int.random(in: 0..<world.devices.count, using: &generator)
            let known = try world.devices[device].store.noteIDs().count
            switch Int.random(in: 0..<100, using: &generator) {
            case 0..<(known < 3 ? 25 : 6): try create(on: device)
            case 0..<40: try edit(on: device)
            case 40..<45: try delete(on: device)
            case 45..<60: try resolve(on: device)
            case 60..<72: try push(from: device)
            case 72..<86: try pull(to: device)
            default: try world.sync(device)
            }
        }
    }

    /// Every device syncs once, in a random order.
    mutating func syncEveryDevice() throws {
        for device in Array(0..<world.devices.count).shuffled(using: &generator) {
            try world.sync(device)
        }
    }

    /// Devices settle some of the conflicts they now see, possibly the same one concurrently.
    mutating func resolveSomeConflicts() throws {
        for device in world.devices.indices where Bool.random(using: &generator) {
            try resolve(on: device)
        }
    }

    /// Every device syncs twice, in a random order each round.
    mutating func settle() throws {
        try syncEveryDevice()
        try syncEveryDevice()
        totals.conflictsAtEnd = try world.serverRecords().values.filter(\.hasConflict).count
    }

    /// Differences between replicas and the server, and writes that vanished.
    func problems() throws -> [String] {
        let server = try world.serverRecords()
        var problems: [String] = []
        for index in world.devices.indices where try world.deviceRecords(index) != server {
            problems.append("device \(index) differs from the server")
        }
        problems += tracker.lostWrites(in: server)
        return problems
    }
}
