import FieldCore
import SyncClient

/// Syncs that go right, and the ways they go wrong: cut off, answer lost, sent twice, replayed late.
extension ScheduleRunner {
    mutating func push(from device: Int) throws {
        let transport = world.devices[device].transport
        var report = SyncReport()
        totals.pushes += 1
        switch Int.random(in: 0..<5, using: &generator) {
        case 0:
            totals.interruptedPushes += 1
            let flaky = FlakyTransport(base: transport, pushesBeforeFailure: Int.random(in: 0...2, using: &generator))
            try expectFailure { try engine(device, flaky, batchSize: 1).push(into: &report) }
        case 1:
            totals.lostAnswers += 1
            transport.loseNextPushResponse = true
            try expectFailure { try world.engine(device).push(into: &report) }
            transport.loseNextPushResponse = false  // still set when there was nothing to push
        case 2:
            totals.replayedPushes += 1
            try world.engine(device).push(into: &report)
            if let old = transport.sentPushes.randomElement(using: &generator) { _ = try transport.push(old) }
        default:
            try world.engine(device, batchSize: Int.random(in: 1...4, using: &generator)).push(into: &report)
        }
    }

    mutating func pull(to device: Int) throws {
        var report = SyncReport()
        totals.pulls += 1
        if Bool.random(using: &generator) {
            totals.interruptedPulls += 1
            let flaky = FlakyTransport(base: world.devices[device].transport, pullsBeforeFailure: Int.random(in: 0...3, using: &generator))
            try expectFailure { try engine(device, flaky, pageSize: 1).pull(into: &report) }
        } else {
            try world.engine(device, pageSize: Int.random(in: 1...5, using: &generator)).pull(into: &report)
        }
    }

    private func engine(_ device: Int, _ transport: SyncTransport, batchSize: Int = 500, pageSize: Int = 500) -> SyncEngine {
        SyncEngine(store: world.devices[device].store, transport: transport, batchSize: batchSize, pageSize: pageSize)
    }

    /// Runs a step that may be cut off; only a network failure is acceptable.
    private func expectFailure(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch is SyncFailure {
            return
        }
    }
}
