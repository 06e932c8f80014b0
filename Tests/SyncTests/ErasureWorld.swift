import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncClient
import SyncService
import TestSupport

/// A server and devices whose stores are real files in one temporary folder, wired through the
/// real protocol handlers: what an erasure leaves in the bytes of every store file can be read back.
final class ErasureWorld {
    let folder = TemporaryFolder(prefix: "fieldkit-erasure")
    let gate: StoreGate
    let router: Router
    let log = CapturedLog()
    private(set) var devices: [SyncWorld.Device] = []

    init() throws {
        gate = StoreGate(try CentralStore.openOrCreate(at: folder.file("server.sqlite")))
        router = SyncRoutes.router(gate: gate, log: log.log)
    }

    /// Enrolls `officer` and creates their laptop's store file (`laptop<N>.sqlite`); returns its index.
    @discardableResult
    func addDevice(officer: String) throws -> Int {
        let issued = TokenCodec.issue()
        _ = try gate.withStore { try $0.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: officer, role: .officer) }
        let store = try LocalStore.create(at: folder.file("laptop\(devices.count).sqlite"), officer: officer,
                                          deviceID: DeviceID("laptop\(devices.count)"))
        devices.append(SyncWorld.Device(store: store, transport: DirectTransport(router: router, token: issued.text, device: store.identity.deviceID)))
        return devices.count - 1
    }

    @discardableResult
    func sync(_ index: Int) throws -> SyncReport {
        try SyncEngine(store: devices[index].store, transport: devices[index].transport).run()
    }

    /// Logs a note on device `index` with `contact` (and consent), as `fieldkit log --contact --consent` does.
    func logNote(on index: Int, summary: String, contact: String, at time: Timestamp = .now()) throws -> String {
        let draft = NoteDraft(neighbourhood: "Lombok", location: "Kanaalstraat", recordedAt: time, officer: "Officer \(index)",
                              topic: "noise", summary: summary, contact: contact)
        return try devices[index].store.log(draft, at: time).id
    }

    /// The store files (`.sqlite`, `-wal`, `-shm`) of the server and of the given laptops.
    func files(laptops: [Int]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let prefixes = ["server.sqlite"] + laptops.map { "laptop\($0).sqlite" }
        return names.filter { name in prefixes.contains { name == $0 || name.hasPrefix($0 + "-") } }.sorted()
    }

    /// The files among `files(laptops:)` whose raw bytes contain `marker`: what `strings FILE | grep` would find.
    func filesHolding(_ marker: String, laptops: [Int]) -> [String] {
        files(laptops: laptops).filter { name in
            FileManager.default.contents(atPath: folder.file(name))?.range(of: Data(marker.utf8)) != nil
        }
    }

    /// The contact a replica shows for note `id`: device `index`, or the server for -1.
    func contact(of id: String, on index: Int) throws -> FieldValue? {
        let record = index < 0 ? try gate.withStore { try $0.record(id: id) } : try devices[index].store.record(id: id)
        return record?.value(NoteField.contact.rawValue)
    }

    /// A random marker, lower case because the free-text index stores words in lower case.
    static func marker(_ kind: String) -> String {
        "\(kind)marker\(UInt32.random(in: 100_000...UInt32.max))"
    }
}
