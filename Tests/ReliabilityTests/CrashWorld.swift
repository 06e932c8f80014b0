import Foundation
import TestSupport

/// A server and several devices sharing one server store through many kills: the crash harness's world.
///
/// Devices are driven only through the `fieldkit` binary and the server runs as `fieldkit-server
/// serve`; the harness reads the store files directly to check them. Every random choice comes
/// from one seeded generator, so a failing run replays with its `FIELDKIT_SEED`.
final class CrashWorld {
    let folder = TemporaryFolder(prefix: "fieldkit-crash")
    let server: CrashServer
    private(set) var devices: [CrashDevice] = []
    /// Every note a device created: id → that device's index. The server must end up with each, once.
    private(set) var createdNotes: [String: Int] = [:]
    var generator: SeededGenerator
    var tally = CrashTally()
    private var filesWritten = 0

    init(deviceNames: [String], batchSize: Int, generator: SeededGenerator) throws {
        self.generator = generator
        server = CrashServer(store: folder.file("server.sqlite"))
        try server.start()
        for name in deviceNames {
            let device = CrashDevice(name: name, folder: folder.path, token: try server.enroll(name), batchSize: batchSize)
            try device.initialise(server: server.url)
            devices.append(device)
        }
    }

    /// Readies a kill during device `index`'s sync: the next device adds notes and edits and syncs
    /// them (something to pull), then device `index` adds `newNotes`, edits others' notes and deletes one.
    func prepareWorkload(for index: Int, newNotes: Int) throws {
        let neighbour = (index + 1) % devices.count
        try addNotes(newNotes / 4, to: neighbour)
        try editOthersNotes(2, on: neighbour, deleting: false)
        try devices[neighbour].syncUntilDone()
        try addNotes(newNotes, to: index)
        try editOthersNotes(3, on: index, deleting: true)
    }

    /// Imports `count` new notes on device `index` with `fieldkit import`.
    func addNotes(_ count: Int, to index: Int) throws {
        guard count > 0 else { return }
        let ids = (0..<count).map { _ in BacklogFile.noteID(using: &generator) }
        filesWritten += 1
        try devices[index].importNotes(ids, file: folder.file("notes-\(filesWritten).json"))
        for id in ids { createdNotes[id] = index }
    }

    /// Edits the summary of `count` live notes other devices created (so versions gain a second
    /// device), and deletes one more when `deleting`, with `fieldkit edit` and `fieldkit delete`.
    private func editOthersNotes(_ count: Int, on index: Int, deleting: Bool) throws {
        let device = devices[index]
        let held = try StoreSnapshot(path: device.db, isServer: false).records
        let candidates = held.filter { $0.value.kind == "note" && !$0.value.deleted && createdNotes[$0.key] != index }
            .keys.sorted().shuffled(using: &generator)
        for id in candidates.prefix(count) {
            filesWritten += 1
            try device.run(["edit", id, "--summary", "Edited on \(device.name), step \(filesWritten)"])
        }
        if deleting, let id = candidates.dropFirst(count).first {
            try device.run(["delete", id])
        }
    }

    /// Restarts the server gracefully, stopping at `crashAt` when given, and keeps devices pointed at it.
    func restartServer(crashAt: String? = nil) throws {
        server.stop()
        try startServer(crashAt: crashAt)
    }

    /// Starts the (stopped or killed) server; reconnects every device if it had to take a new port.
    func startServer(crashAt: String? = nil) throws {
        try server.start(crashAt: crashAt)
        guard server.addressChanged else { return }
        print("crash harness: the server's port was taken, devices reconnected to \(server.url) (they start over)")
        for device in devices { try device.connect(server: server.url) }
    }
}
