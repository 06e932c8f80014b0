import Foundation
import Testing
import TestSupport

/// Disk full and read-only stores, with the real binaries: each fault gets a clear status or
/// exit code, nothing of a refused batch is stored, and the retry succeeds once the fault is gone.
/// A locked store and a store that turns read-only while serving are in `StoreLockTests`.
@Suite(.serialized) struct IOFaultTests {
    /// Notes pushed before the fault (binds the token), then the batch that cannot fit.
    static let notesBefore = 3
    static let bulkNotes = 300

    @Test(.enabled(if: MountNamespace.isAvailable, "needs root to mount a tmpfs"))
    func push_OnFullTmpfs_Is507NothingStoredAndRetrySucceeds() throws {
        let server = try FaultServer(tmpfsSize: "2m")
        try Self.diskFull(on: server, mechanism: "tmpfs of 2 MiB") {
            _ = try MountNamespace.enter(server.pid, "/usr/bin/mount", ["-o", "remount,size=64m", server.storeFolder])
        }
    }

    /// The fallback where mounting is not permitted: a file-size limit makes writes fail with EFBIG.
    @Test func push_PastFileSizeLimit_Is507NothingStoredAndRetrySucceeds() throws {
        let server = try FaultServer()
        try Self.diskFull(on: server, mechanism: "file-size limit (prlimit)") {
            _ = try Self.prlimit(server.pid, "unlimited:")
        }
    }

    /// The shared walk: sync a little, fill the disk (`mechanism`), fail one big push, lift the fault, sync all.
    static func diskFull(on server: FaultServer, mechanism: String, lift: () throws -> Void) throws {
        let laptop = try OfficerLaptop(folder: server.folder.path, officer: "Sanne", server: server.url, token: try server.enroll("Sanne"))
        try laptop.log(notesBefore)
        #expect(try laptop.run(["sync"]).status == 0)
        let bulk = try BulkSample.write(count: bulkNotes, summaryBytes: 8000, to: server.folder.file("bulk.json"))
        #expect(try laptop.run(["import", server.folder.file("bulk.json")]).status == 0)
        if !server.onTmpfs { try limitFileSize(of: server) }

        let refused = try laptop.run(["sync"])
        #expect(refused.status == 75, "a full disk is a temporary failure: \(refused.stderr)")
        #expect(refused.stderr.contains("507 storage_full") && refused.stderr.contains("\(bulkNotes) unsynced notes are safe"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "one line: \(refused.stderr)")
        let during = try server.recordCounts()
        #expect(during.records == notesBefore, "nothing of the refused batch is visible")
        #expect(try server.healthStatus() == "200")

        try lift()
        let retried = try laptop.run(["sync"])
        #expect(retried.status == 0 && retried.stdout.contains("pushed \(bulkNotes) notes"), "\(retried.stderr)")
        let after = try server.recordCounts()
        #expect(after.records == notesBefore + bulkNotes && after.ids == after.records, "every note exactly once")
        let stored = Set(try server.sqlite("SELECT id FROM records").split(separator: "\n").map(String.init))
        let missing = bulk.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "\(missing.count) of the bulk notes are not on the server")
        #expect(try server.sqlite("PRAGMA integrity_check") == "ok")
        let stopped = server.stop()
        #expect(stopped.status == 0 && stopped.log.contains("POST /v1/push 507"), "\(stopped.log.suffix(3000))")
        #expect(!stopped.log.contains(BulkSample.marker), "the log holds no note contents")
        print("io faults: disk full via \(mechanism): push answered 507 storage_full, fieldkit sync exit 75, "
              + "records \(notesBefore) before and \(during.records) after the refused batch of \(bulkNotes) (0 partial), "
              + "retry pushed \(bulkNotes), \(after.records) records once each, integrity ok")
    }

    /// Caps the server's file size a little above its largest store file, so the big batch cannot be written.
    /// Only the soft limit: raising it again needs no privilege.
    static func limitFileSize(of server: FaultServer) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: server.storeFolder)
        let largest = try names.map { try FileManager.default.attributesOfItem(atPath: server.storeFolder + "/" + $0)[.size] as? Int ?? 0 }.max() ?? 0
        let limited = try prlimit(server.pid, "\(largest + 65536):")
        #expect(limited.status == 0, "prlimit: \(limited.stderr)")
    }

    @discardableResult
    static func prlimit(_ pid: Int32, _ limit: String) throws -> ProcessResult {
        try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/prlimit"), ["--pid", String(pid), "--fsize=\(limit)"])
    }

    /// Every file of `folder` with its bytes. (Servers below run under `timeout 10`, so one that
    /// starts when it should refuse fails the test instead of hanging it.)
    static func snapshot(_ folder: String) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data()) })
    }

    static func expectRefusedAsReadOnly(_ result: ProcessResult, _ name: String) {
        #expect(result.status == 74, "\(name): \(result.stderr)")
        #expect(result.stderr.contains("read-only") && result.stderr.split(separator: "\n").count == 1, "\(name): \(result.stderr)")
        #expect(!result.stdout.contains("listening"), "\(name) must not start")
    }

    @Test(.enabled(if: MountNamespace.isAvailable, "needs root for a read-only bind mount"))
    func serveAndLog_OnReadOnlyStore_OneLineExit74NothingChanged() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-readonly")
        #expect(try ProcessRunner.server(["enroll", "--officer", "Anna", "--store", folder.file("server.sqlite")]).status == 0)
        #expect(try ProcessRunner.fieldkit(["init", "--officer", "Anna", "--db", folder.file("laptop.sqlite")]).status == 0)
        let before = folder.snapshot()
        let serve = try MountNamespace.onReadOnlyMount(folder.path, [
            "/usr/bin/timeout", "10", ProcessRunner.binary("fieldkit-server").path, "serve", "--port", "0", "--store", "{ro}/server.sqlite"])
        let log = try MountNamespace.onReadOnlyMount(folder.path, [
            ProcessRunner.binary("fieldkit").path, "log", "--topic", "a", "--summary", "b", "--neighbourhood", "L", "--db", "{ro}/laptop.sqlite"])
        Self.expectRefusedAsReadOnly(serve, "serve")
        Self.expectRefusedAsReadOnly(log, "log")
        #expect(folder.snapshot() == before, "neither store changed")
        print("io faults: read-only at start: serve and log exit 74 with one line, both stores byte-for-byte unchanged")
    }

    /// After a crash the log files remain, and SQLite can then open the store read-only without an
    /// error: the server must still refuse to start rather than serve and fail every push.
    @Test(.enabled(if: MountNamespace.isAvailable, "needs root for a read-only bind mount"))
    func serve_OnReadOnlyStoreLeftByACrash_Exits74InsteadOfServing() throws {
        let server = try FaultServer()
        _ = try server.enroll("Anna")
        _ = try ProcessRunner.run(URL(fileURLWithPath: "/bin/kill"), ["-KILL", String(server.pid)])
        #expect(server.stop().status == 9, "killed")
        #expect(FileManager.default.fileExists(atPath: server.store + "-wal"), "a crash leaves the write-ahead log behind")
        let before = Self.snapshot(server.storeFolder)
        let serve = try MountNamespace.onReadOnlyMount(server.storeFolder, [
            "/usr/bin/timeout", "10", ProcessRunner.binary("fieldkit-server").path, "serve", "--port", "0", "--store", "{ro}/server.sqlite"])
        Self.expectRefusedAsReadOnly(serve, "serve after a crash")
        #expect(Self.snapshot(server.storeFolder) == before, "the store and its log are unchanged")
        print("io faults: read-only at start after a crash (log files left): serve exits 74 with one line, store unchanged")
    }
}
