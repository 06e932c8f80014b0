import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server restore` with the built binaries: refused while a server uses the store, then a
/// restore that keeps the replaced store, and two laptops whose edits after the backup come back.
@Suite struct RestoreCommandTests {
    /// Texts the laptops write; none may reach the server's log.
    static let noteTexts = ["Vans on the pavement", "Vans moved, one left", "traffic", "Bins overflow"]

    @Test func restore_WhileServingRefused_ThenBothLaptopsConvergeOnTheRestoredStore() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-restore-cli")
        let store = folder.file("central.sqlite"), backup = folder.file("central-backup.sqlite")
        let live = try ServerProcess(store: store)
        let anna = try OfficerLaptop(folder: folder.path, officer: "Anna", server: live.url, token: try live.enroll("Anna"))
        let bram = try OfficerLaptop(folder: folder.path, officer: "Bram", server: live.url, token: try live.enroll("Bram"))
        let shared = try anna.run(["log", "--topic", "parking", "--summary", "Vans on the pavement", "--neighbourhood", "Lombok"]).line
        try Self.sync([anna, bram])
        #expect(try ProcessRunner.server(["backup", "--store", store, "--to", backup]).status == 0)
        try Self.editBothSides(shared, anna: anna, bram: bram)

        let refused = try ProcessRunner.server(["restore", "--from", backup, "--store", store])
        #expect(refused.status == 75 && refused.stderr.contains("stop the server first"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1 && refused.stdout.isEmpty)
        #expect(Self.replacedStores(in: folder).isEmpty, "nothing was moved")
        try Self.sync([anna], "the server keeps serving after the refused restore")
        #expect(live.stop().status == 0)

        let restored = try ProcessRunner.server(["restore", "--from", backup, "--store", store])
        #expect(restored.status == 0 && restored.stdout.contains("Kept the replaced store as \(store).replaced-"), "\(restored.stderr)")
        #expect(restored.stdout.contains("(1 note, integrity ok, new store id") && restored.stdout.contains("run 'fieldkit sync' within 14 days"))
        let kept = Self.replacedStores(in: folder)
        #expect(kept.count == 1 && !FileManager.default.fileExists(atPath: store + "-wal"), "\(kept)")
        #expect(try ProcessRunner.sqlite(folder.file(kept.first ?? "-"), "SELECT count(*) FROM records WHERE kind = 'note'") == "6\n",
                "the replaced store still holds every note")

        let server = try ServerProcess(store: store)
        for laptop in [anna, bram] {  // the server's address stays; only the test's port 0 changed it
            try ProcessRunner.sqlite(laptop.db, "UPDATE meta SET value = '\(server.url)' WHERE key = 'server_url'")
        }
        try Self.sync([anna, bram, anna])
        let log = server.stop().log
        try Self.expectConverged(store: store, laptops: [anna, bram], shared: shared, notes: 6)
        #expect(log.contains("relay accepted after restore device="), "\(log)")
        #expect(!Self.noteTexts.contains { log.contains($0) }, "no note text in the server log")
        let relays = log.split(separator: "\n").filter { $0.contains("relay accepted after restore") }
        print("restore: refused with 75 while serving; restored 1 of 6 notes from the backup, kept the replaced store; "
              + "\(relays.count) relays accepted, both laptops equal the server with all 6 notes; e.g. \(relays.first ?? "")")
    }

    @Test func restore_BadInputs_OneLineAndDocumentedExitCode() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-restore-bad")
        let store = folder.file("server.sqlite"), backup = folder.file("backup.sqlite")
        #expect(try ProcessRunner.server(["enroll", "--officer", "Anna", "--store", store]).status == 0)
        #expect(try ProcessRunner.server(["backup", "--store", store, "--to", backup]).status == 0)
        let notAStore = folder.file("notes.txt")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: notAStore))
        let before = folder.snapshot()
        let cases: [(arguments: [String], status: Int32, says: String)] = [
            (["--from", folder.file("missing.sqlite"), "--store", store], 66, "no backup at"),
            (["--from", notAStore, "--store", store], 65, "notes.txt is not a FieldKit server store"),
            (["--from", backup, "--store", notAStore], 65, "notes.txt is not a FieldKit server store"),
            (["--from", store, "--store", store], 64, "the same file"),
            (["--from", backup, "--store", folder.file("no-such-folder/server.sqlite")], 73, "does not exist"),
            (["--from", backup, "--store", store, "--relay-days", "0"], 64, "--relay-days must be 1 to 365"),
            (["--from", backup, "--store", store, "--relay-days", "two"], 64, "--relay-days expects a whole number"),
            (["--store", store], 64, "--from"),
        ]
        for (arguments, status, says) in cases {
            let result = try ProcessRunner.server(["restore"] + arguments)
            #expect(result.status == status && result.stderr.contains(says), "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stdout.isEmpty, "\(arguments): one line on stderr")
        }
        #expect(folder.snapshot() == before, "nothing changed, nothing left behind")
        let help = try ProcessRunner.server(["restore", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--relay-days <n>") && help.stdout.contains("66 no backup at that path"))
        #expect(help.stdout.contains("75 a server or another program is using"))
    }

    /// After the backup: Bram and Anna edit the shared note in turn, syncing in between, and each logs notes the other pulls.
    static func editBothSides(_ shared: String, anna: OfficerLaptop, bram: OfficerLaptop) throws {
        #expect(try bram.run(["edit", shared, "--summary", "Vans moved, one left"]).status == 0)
        try sync([bram, anna])
        #expect(try anna.run(["edit", shared, "--topic", "traffic"]).status == 0)
        try sync([anna, bram])
        try anna.log(3)
        try bram.log(2)
        try sync([anna, bram, anna])
    }

    /// The server store holds each of `notes` notes once, equal (version vectors) to both laptops' notes, with both edits of the shared one.
    static func expectConverged(store: String, laptops: [OfficerLaptop], shared: String, notes: Int) throws {
        let central = try CentralStore.open(at: store)
        defer { try? central.close() }
        let records = try central.allRecords().filter { $0.kind == .note }
        let onServer = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0.version) })
        #expect(records.count == notes && onServer.count == notes, "every note exactly once: \(records.count)")
        for laptop in laptops {
            #expect(try versions(on: laptop) == onServer, "\(laptop.db) equals the server")
        }
        let note = try central.record(id: shared).map(Note.init(record:))
        #expect(note?.summary == "Vans moved, one left" && note?.topic == "traffic", "both edits of the shared note are on the server")
    }

    /// Each note's version on a laptop, from `fieldkit list --json`.
    static func versions(on laptop: OfficerLaptop) throws -> [String: VersionVector] {
        let listed = try laptop.run(["list", "--json"])
        let notes = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: notes.map { note in
            let counters = (note["version"] as? [String: Int] ?? [:]).map { (DeviceID($0.key), UInt64($0.value)) }
            return (note["id"] as? String ?? "", VersionVector(Dictionary(uniqueKeysWithValues: counters)))
        })
    }

    static func sync(_ laptops: [OfficerLaptop], _ why: String = "") throws {
        for laptop in laptops {
            let result = try laptop.run(["sync"])
            #expect(result.status == 0, "\(why) \(laptop.db): \(result.stderr)")
        }
    }

    static func replacedStores(in folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".replaced-") }
    }
}
