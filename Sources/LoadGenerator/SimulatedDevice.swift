import FieldCore
import FieldStore
import Foundation
import SyncClient

/// One officer's laptop: an in-memory local store, its own token, and the real sync engine over HTTP.
///
/// `@unchecked Sendable` because a device is handed from thread to thread between phases of the
/// run: exactly one thread uses it at a time, and each hand-over is a thread join (which orders
/// every access of the previous thread before the next one).
final class SimulatedDevice: @unchecked Sendable {
    /// How often a sync that failed for a temporary reason (network, 5xx) is tried again.
    static let syncAttempts = 4

    let index: Int
    let store: LocalStore
    /// Nil once disconnected.
    private var transport: SyncTransport?
    private let metrics: LoadMetrics
    private var writer: NoteWriter
    /// The notes this device logged, in order.
    private(set) var loggedIDs: [String] = []
    /// How many writes this device made to each record: its own counter in that record's version.
    private(set) var writes: [String: Int] = [:]
    /// The last sync failure, if the device gave up on a sync.
    private(set) var lastFailure: String?

    init(index: Int, token: String, server: URL, metrics: LoadMetrics, generator: SplitMix64) throws {
        var generator = generator
        let officer = "Load Officer \(index + 1)"
        let deviceID = DeviceID("load-" + generator.hex(16))
        self.index = index
        self.metrics = metrics
        store = try LocalStore.inMemory(officer: officer, deviceID: deviceID)
        transport = MeasuredTransport(HTTPSyncTransport(baseURL: server, token: token, device: deviceID), metrics: metrics)
        writer = NoteWriter(officer: officer, generator: generator)
    }

    var deviceID: DeviceID { store.identity.deviceID }

    /// What this device wrote, for the checks.
    var ledger: DeviceLedger {
        DeviceLedger(device: deviceID, loggedIDs: loggedIDs, writes: writes)
    }

    /// Plays `rounds` rounds; returns nil, or why the local store failed (which ends the device's play).
    func play(rounds: Int, notes: Int, edits: Int) -> String? {
        do {
            for _ in 0..<rounds { try playRound(notes: notes, edits: edits) }
            return nil
        } catch {
            return "device \(index + 1): its local store failed: \(error)"
        }
    }

    /// One round: log `notes` new notes, make `edits` edits to other devices' notes, then sync.
    func playRound(notes: Int, edits: Int) throws {
        for _ in 0..<notes {
            let note = try store.log(writer.draft(), id: writer.nextID())
            loggedIDs.append(note.id)
            writes[note.id, default: 0] += 1
        }
        let mine = Set(loggedIDs)
        let others = try store.noteIDs().filter { !mine.contains($0) }
        for _ in 0..<edits {
            guard let id = writer.editTarget(among: others) else { break }
            if try store.edit(id: id, changes: writer.changes()).changed {
                writes[id, default: 0] += 1
            }
        }
        sync()
    }

    /// Drops the HTTP session, closing its kept-alive connection, as a laptop going offline does:
    /// the server's connection slot is free at once instead of after its idle timeout.
    func disconnect() {
        transport = nil
    }

    /// Pushes and pulls with the real engine, trying a temporary failure again after a pause.
    /// Returns whether the sync completed.
    @discardableResult
    func sync() -> Bool {
        guard let transport else { return false }
        for attempt in 1...Self.syncAttempts {
            do {
                _ = try SyncEngine(store: store, transport: transport).run()
                lastFailure = nil
                return true
            } catch {
                metrics.recordFailedSync()
                lastFailure = "\(error)"
                let temporary = (error as? SyncFailure)?.isTemporary ?? false
                guard temporary, attempt < Self.syncAttempts else { return false }
                Thread.sleep(forTimeInterval: 0.2 * Double(attempt))
            }
        }
        return false
    }
}
