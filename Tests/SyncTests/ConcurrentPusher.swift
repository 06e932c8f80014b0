import FieldCore
import Foundation
import Synchronization
import SyncClient

/// Pushes batches of new notes to a live server on a thread of its own until stopped, keeping
/// which notes the server acknowledged (answered 200 for) and when.
final class ConcurrentPusher: Sendable {
    static let batchSize = 25

    private struct State {
        var acknowledged: Set<String> = []
        var acknowledgedAt: [Date] = []
        var sent: Set<String> = []
        var stopping = false
        var failures = 0
    }

    private let state = Mutex(State())
    private let finished = DispatchSemaphore(value: 0)

    init(server: String, token: String, device: String = "backup-pusher") {
        let url = URL(string: server)!
        Thread.detachNewThread { [self] in
            let transport = HTTPSyncTransport(baseURL: url, token: token, device: DeviceID(device))
            while !state.withLock({ $0.stopping }) {
                pushBatch(through: transport, device: DeviceID(device))
            }
            finished.signal()
        }
    }

    private func pushBatch(through transport: HTTPSyncTransport, device: DeviceID) {
        let records = (0..<Self.batchSize).map { _ in
            NoteDraft(neighbourhood: "Lombok", officer: "Pusher", topic: "traffic", summary: "Cars on the cycle path")
                .record(id: UUID().uuidString.lowercased(), by: Author(device: device, officer: "Pusher"))
        }
        state.withLock { $0.sent.formUnion(records.map(\.id)) }
        do {
            _ = try transport.push(PushRequest(device: device, records: records))
            state.withLock {
                $0.acknowledged.formUnion(records.map(\.id))
                $0.acknowledgedAt.append(Date())
            }
        } catch {
            state.withLock { $0.failures += 1 }
        }
    }

    /// The ids the server acknowledged so far.
    var acknowledged: Set<String> { state.withLock { $0.acknowledged } }
    /// Every id sent, acknowledged or not.
    var sent: Set<String> { state.withLock { $0.sent } }
    /// Pushes that failed (none are expected).
    var failures: Int { state.withLock { $0.failures } }

    /// How many pushes were acknowledged between `start` and `end`.
    func acknowledgements(from start: Date, to end: Date) -> Int {
        state.withLock { $0.acknowledgedAt.filter { $0 >= start && $0 <= end }.count }
    }

    /// Waits until at least `count` notes are acknowledged; false after `timeout` seconds.
    func wait(forAcknowledged count: Int, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while acknowledged.count < count {
            if Date() > deadline { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    /// Stops after the batch in flight and waits for the thread to end.
    func stop() {
        state.withLock { $0.stopping = true }
        finished.wait()
    }
}
