import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncClient
import SyncService

/// A server and several devices, all in memory, wired through the real protocol handlers.
final class SyncWorld {
    struct Device {
        let store: LocalStore
        let transport: DirectTransport
    }

    let gate: StoreGate
    let router: Router
    private(set) var devices: [Device] = []

    /// A world whose server logs to `log` (by default nowhere).
    init(log: ServerLog = .silent) throws {
        gate = StoreGate(try CentralStore.inMemory())
        router = SyncRoutes.router(gate: gate, log: log)
    }

    /// Enrolls an officer and sets up a device for them, returning its index.
    @discardableResult
    func addDevice(officer: String, role: Role = .officer, enrolledAt: Timestamp = .now()) throws -> Int {
        let issued = TokenCodec.issue()
        _ = try gate.withStore {
            try $0.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: officer, role: role, at: enrolledAt)
        }
        let store = try LocalStore.inMemory(officer: officer, deviceID: DeviceID("dev\(devices.count)"))
        devices.append(Device(store: store, transport: DirectTransport(router: router, token: issued.text, device: store.identity.deviceID)))
        return devices.count - 1
    }

    func engine(_ index: Int, batchSize: Int = 500, pageSize: Int = 500) -> SyncEngine {
        SyncEngine(store: devices[index].store, transport: devices[index].transport, batchSize: batchSize, pageSize: pageSize)
    }

    @discardableResult
    func sync(_ index: Int) throws -> SyncReport {
        try engine(index).run()
    }

    /// Every record the server holds, by id.
    func serverRecords() throws -> [String: Record] {
        Dictionary(uniqueKeysWithValues: try gate.withStore { try $0.allRecords() }.map { ($0.id, $0) })
    }

    /// Every record a device holds, by id.
    func deviceRecords(_ index: Int) throws -> [String: Record] {
        Dictionary(uniqueKeysWithValues: try devices[index].store.allRecords().map { ($0.id, $0) })
    }
}

extension SyncWorld {
    /// Enrolls a token already bound to `device`, for requests built by hand.
    func enrollBound(to device: DeviceID) throws -> String {
        let issued = TokenCodec.issue()
        let token = try gate.withStore {
            try $0.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: "Vector", role: .officer)
        }
        _ = try gate.withStore { try $0.bindDevice(device, toToken: token.id) }
        return issued.text
    }
}
