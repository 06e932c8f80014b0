import Foundation
import SQLiteKit
import Testing
import TestSupport

/// The acceptance scenario, as a new user would live it: a laptop with a large backlog starts
/// `fieldkit sync`, the server is `kill -9`ed while the push is running, the admin restarts it on
/// the same store, the officer runs `fieldkit sync` again, and every note is on the server once.
@Suite(.serialized) struct BacklogCrashTests {
    static let backlog = 3000

    @Test func backlog_ServerKilledMidPush_EveryNoteOnServerExactlyOnce() throws {
        var generator = SeededGenerator.make()
        let folder = TemporaryFolder(prefix: "fieldkit-backlog")
        let server = CrashServer(store: folder.file("server.sqlite"))
        try server.start()
        let laptop = CrashDevice(name: "anna", folder: folder.path, token: try server.enroll("Anna de Boer"))
        try laptop.initialise(server: server.url)
        let ids = (0..<Self.backlog).map { _ in BacklogFile.noteID(using: &generator) }
        try laptop.importNotes(ids, file: folder.file("backlog.json"))

        let sync = try laptop.startSync()
        let (batchTime, killedAt) = try Self.killWhilePushing(server, sync: sync, store: server.store, using: &generator)
        let storedAtKill = try Self.noteCount(server.store)
        let exit = sync.waitForExit()
        let atKill = try StoreSnapshot(path: laptop.db, isServer: false)
        let acknowledged = atKill.latestChange.values.filter { $0 <= atKill.pushedThrough }.count
        #expect(storedAtKill < Self.backlog, "the kill came while the push was still running")
        #expect(exit == 75 && sync.errors.contents.contains("unsynced notes are safe on this device"), "\(sync.errors.contents)")

        try server.start()
        if server.addressChanged { try laptop.connect(server: server.url) }
        let (attempts, output) = try laptop.syncUntilDone()
        let local = try StoreSnapshot(path: laptop.db, isServer: false)
        let central = try StoreSnapshot(path: server.store, isServer: true)
        let ackedOnServer = atKill.latestChange.filter { $0.value <= atKill.pushedThrough }.keys.filter { id in
            central.records[id].map { StoreSnapshot.descends($0.version, from: atKill.records[id]?.version ?? [:]) } ?? false
        }.count
        let differing = Set(local.records.keys).union(central.records.keys).filter { local.records[$0] != central.records[$0] }.count
        print("backlog acceptance: \(Self.backlog) notes; push batches of 500 every \(batchTime) ms, server kill -9'd "
              + "\(killedAt) ms into fieldkit sync with \(storedAtKill) notes stored and \(acknowledged) acknowledged on the laptop; "
              + "fieldkit sync again (\(attempts) attempt\(attempts == 1 ? "" : "s")): '\(output)'; \(central.noteIDs.count) notes on the server, "
              + "\(differing) version vectors differing, integrity \(local.integrityOK && central.integrityOK ? "ok" : "FAILED") on 2 store files")
        #expect(ackedOnServer == acknowledged, "every note acknowledged before the kill is on the server")
        #expect(central.noteIDs == Set(ids) && central.records.count == Self.backlog && central.duplicateRows == 0)
        #expect(differing == 0)
        #expect(local.integrityOK && central.integrityOK)
    }

    /// Waits until the server store holds the first two pushed batches (the push is running, and
    /// the gap between them is one batch's time), then a seeded random 0 to 3 batch-times more,
    /// then SIGKILLs the server: at least two batches of the backlog's six are still to come.
    /// Returns the batch time and when the kill came, in ms after the sync started.
    static func killWhilePushing<G: RandomNumberGenerator>(
        _ server: CrashServer, sync: KillableProcess, store: String, using generator: inout G
    ) throws -> (batchTime: Int, killedAt: Int) {
        let first = try waitForNotes(moreThan: 0, in: store, sync: sync)
        let firstAt = sync.elapsedMilliseconds
        _ = try waitForNotes(moreThan: first, in: store, sync: sync)
        let batchTime = sync.elapsedMilliseconds - firstAt
        Thread.sleep(forTimeInterval: Double.random(in: 0..<3, using: &generator) * Double(batchTime) / 1000)
        let killedAt = sync.elapsedMilliseconds
        guard server.kill() else { throw CrashTestError("the server was not running at the kill") }
        return (batchTime, killedAt)
    }

    /// Polls the server store until it holds more than `count` notes; returns how many it holds.
    static func waitForNotes(moreThan count: Int, in store: String, sync: KillableProcess) throws -> Int {
        while true {
            let held = try noteCount(store)
            if held > count { return held }
            guard sync.process.isRunning else { throw CrashTestError("fieldkit sync ended early: \(sync.errors.contents)") }
            Thread.sleep(forTimeInterval: 0.002)
        }
    }

    /// Notes in the server store, read with a connection of our own while the server writes.
    static func noteCount(_ store: String) throws -> Int {
        let connection = try Connection(path: store, mode: .readWrite)
        defer { try? connection.close() }
        return try connection.scalar("SELECT count(*) FROM records WHERE kind = 'note'").int ?? 0
    }
}
