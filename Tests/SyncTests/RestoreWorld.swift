import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncClient
import SyncService
import TestSupport

/// Two officers' devices syncing through the real handlers with a server whose store is a file,
/// so it can be backed up, lost and restored the way an admin would.
final class RestoreWorld {
    let folder = TemporaryFolder(prefix: "fieldkit-restore")
    let live: String
    let backup: String
    let devices: [LocalStore]
    let serverLog = CapturedLog()
    private(set) var gate: StoreGate
    private var router: Router
    private let tokens: [String]

    /// Anna's device is `anna-laptop` (index 0), Bram's `bram-laptop` (index 1); both enrolled before any backup.
    init() throws {
        live = folder.file("central.sqlite")
        backup = folder.file("backup.sqlite")
        let store = try CentralStore.openOrCreate(at: live)
        var issued: [String] = []
        for officer in ["Anna", "Bram"] {
            let token = TokenCodec.issue()
            _ = try store.addToken(selector: token.selector, verifierHash: token.verifierHash, officer: officer, role: .officer)
            issued.append(token.text)
        }
        tokens = issued
        devices = try ["Anna", "Bram"].map { try LocalStore.inMemory(officer: $0, deviceID: DeviceID($0.lowercased() + "-laptop")) }
        gate = StoreGate(store)
        router = SyncRoutes.router(gate: gate, log: serverLog.log)
    }

    func engine(_ index: Int) -> SyncEngine {
        let device = devices[index]
        return SyncEngine(store: device, transport: DirectTransport(router: router, token: tokens[index], device: device.identity.deviceID))
    }

    @discardableResult
    func sync(_ index: Int) throws -> SyncReport {
        try engine(index).run()
    }

    func backUp() throws {
        _ = try StoreBackup.copyCentralStore(at: live, to: backup)
    }

    /// Stops serving the live store and serves `path` instead (opened as the server opens a store).
    func serve(_ path: String) throws {
        try gate.close()
        gate = StoreGate(try CentralStore.openOrCreate(at: path))
        router = SyncRoutes.router(gate: gate, log: serverLog.log)
    }

    /// Stops serving, restores the backup over the live store as `fieldkit-server restore` does, and serves it.
    @discardableResult
    func restore(relayDays: Int = RelayWindow.defaultDays, at now: Timestamp = .now()) throws -> RestoreSummary {
        try gate.close()
        let summary = try StoreRestore.restore(from: backup, into: live, relayDays: relayDays, at: now)
        gate = StoreGate(try CentralStore.open(at: live))
        router = SyncRoutes.router(gate: gate, log: serverLog.log)
        return summary
    }

    func serverRecords() throws -> [String: Record] {
        Dictionary(uniqueKeysWithValues: try gate.withStore { try $0.allRecords() }.map { ($0.id, $0) })
    }

    func deviceRecords(_ index: Int) throws -> [String: Record] {
        Dictionary(uniqueKeysWithValues: try devices[index].allRecords().map { ($0.id, $0) })
    }

    /// The scenario that deadlocked before relay windows: after the backup, both officers edit the
    /// same note in turn (each syncing in between), and each logs a note the other then edits.
    /// Returns the notes' ids: the shared one first.
    func editBothSidesAfterBackup() throws -> [String] {
        let anna = 0, bram = 1
        let shared = try devices[anna].log(Self.draft("Vans on the pavement", by: "Anna"))
        try sync(anna)
        try sync(bram)
        try backUp()
        _ = try devices[bram].edit(id: shared.id, changes: [.summary: .text("Vans moved, one left")])
        try sync(bram)
        let annas = try devices[anna].log(Self.draft("Graffiti on the bridge", by: "Anna"))
        try sync(anna)
        _ = try devices[anna].edit(id: shared.id, changes: [.topic: .text("traffic")])
        try sync(anna)
        try sync(bram)
        let brams = try devices[bram].log(Self.draft("Broken street light", by: "Bram"))
        _ = try devices[bram].edit(id: annas.id, changes: [.mood: .text("concerned")])
        try sync(bram)
        try sync(anna)
        _ = try devices[anna].edit(id: brams.id, changes: [.location: .text("Kanaalstraat 12")])
        try sync(anna)
        try sync(bram)
        return [shared.id, annas.id, brams.id]
    }

    static func draft(_ summary: String, by officer: String) -> NoteDraft {
        NoteDraft(neighbourhood: "Lombok", officer: officer, topic: "parking", summary: summary)
    }
}
