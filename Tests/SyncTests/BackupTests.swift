import FieldStore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server backup` with the built binary: a consistent copy of a store a live server is
/// being pushed to, and one clear line with a documented exit code for every bad input.
@Suite struct BackupTests {
    @Test func backup_WhilePushesRun_IsWholeBatchesAndHoldsEveryAcknowledgedNote() throws {
        let server = try ServerProcess()
        let pusher = ConcurrentPusher(server: server.url, token: try server.enroll("Pusher"))
        #expect(pusher.wait(forAcknowledged: 20 * ConcurrentPusher.batchSize))
        let before = pusher.acknowledged
        let target = server.folder + "/backups/central-1.sqlite"
        try FileManager.default.createDirectory(atPath: server.folder + "/backups", withIntermediateDirectories: true)
        let started = Date()
        let backup = try ProcessRunner.server(["backup", "--store", server.store, "--to", target])
        let ended = Date()
        #expect(pusher.wait(forAcknowledged: pusher.acknowledged.count + ConcurrentPusher.batchSize), "pushes go on after the backup")
        pusher.stop()
        #expect(pusher.failures == 0)

        let size = try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int ?? -1
        #expect(backup.status == 0 && backup.line == "Backed up \(server.store) to \(target) (\(size) bytes, integrity ok)", "\(backup.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.folder + "/backups") == ["central-1.sqlite"], "no partial file left")
        let counts = try ProcessRunner.sqlite(target, "SELECT count(*) || ' ' || max(seq) || ' ' || (SELECT count(*) FROM history) FROM records")
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 3 && counts[0] == counts[1] && counts[0] == counts[2], "a gap-free change sequence: \(counts)")
        #expect(counts.first.map { $0 % ConcurrentPusher.batchSize == 0 } == true, "whole batches only: \(counts)")

        let copy = try CentralStore.open(at: target)
        let ids = Set(try copy.allRecords().map(\.id))
        #expect(try copy.integrityCheck() == ["ok"])
        #expect(before.isSubset(of: ids), "\(before.subtracting(ids).count) acknowledged notes missing from the backup")
        #expect(ids.isSubset(of: pusher.sent), "the copy holds nothing that was not pushed")
        #expect(try copy.storeID != ProcessRunner.sqlite(server.store, "SELECT value FROM meta WHERE key = 'store_id'").trimmingCharacters(in: .whitespacesAndNewlines))
        print("backup: live store copied in \(String(format: "%.2f", ended.timeIntervalSince(started))) s while pushes ran "
              + "(\(pusher.acknowledgements(from: started, to: ended)) batches acknowledged meanwhile): \(before.count) notes acknowledged before it began, "
              + "copy holds \(ids.count) in whole batches, \(size) bytes, integrity ok, new store id")
    }

    @Test func backup_BadInputs_OneLineAndDocumentedExitCode() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-backup")
        let store = folder.file("server.sqlite")
        #expect(try ProcessRunner.server(["enroll", "--officer", "Anna", "--store", store]).status == 0)
        let existing = folder.file("existing.sqlite")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
        let cases: [(arguments: [String], status: Int32, says: String)] = [
            (["--store", folder.file("missing.sqlite"), "--to", folder.file("a.sqlite")], 66, "no FieldKit server store at"),
            (["--store", store, "--to", existing], 73, "already exists and was left untouched"),
            (["--store", store, "--to", folder.file("no-such-folder/b.sqlite")], 73, "does not exist"),
            (["--store", store, "--to", existing + "/c.sqlite"], 73, "is not a folder"),
            (["--store", existing, "--to", folder.file("d.sqlite")], 65, "is not a FieldKit server store"),
            (["--store", store], 64, "--to"),
        ]
        for (arguments, status, says) in cases {
            let result = try ProcessRunner.server(["backup"] + arguments)
            #expect(result.status == status && result.stderr.contains(says), "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stdout.isEmpty, "\(arguments): one line on stderr")
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["server.sqlite", "existing.sqlite"], "nothing left behind")
        let help = try ProcessRunner.server(["backup", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--to <file>") && help.stdout.contains("73 the target exists"))
    }

    @Test(.enabled(if: MountNamespace.isAvailable, "needs root to mount"))
    func backup_IntoReadOnlyOrFullFolder_IsRefusedAndLeavesNoFile() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-backup-fs")
        let store = folder.file("store/server.sqlite")
        #expect(try ProcessRunner.server(["enroll", "--officer", "Anna", "--store", store]).status == 0)
        try FileManager.default.createDirectory(atPath: folder.file("target"), withIntermediateDirectories: true)
        let server = ProcessRunner.binary("fieldkit-server").path
        let readOnly = try MountNamespace.onReadOnlyMount(folder.file("target"), [server, "backup", "--store", store, "--to", "{ro}/b.sqlite"])
        #expect(readOnly.status == 73 && readOnly.stderr.contains("no file can be created in"), "\(readOnly.stderr)")
        let script = #"mount -t tmpfs -o size=32k tmpfs "$1" && "$2" backup --store "$3" --to "$1/b.sqlite"; code=$?; ls -A "$1"; exit $code"#
        let full = try MountNamespace.run(script, [folder.file("target"), server, store])
        #expect(full.status == 74 && full.stderr.contains("no room to write the backup"), "\(full.stderr)")
        #expect(full.stderr.split(separator: "\n").count == 1 && full.line.isEmpty, "one line, and no file left on the full disk: \(full.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("target")).isEmpty)
        print("backup: refused with 73 into a read-only folder and 74 on a full disk, no file left either time")
    }
}
