import Foundation
import Testing
import TestSupport

/// The acceptance walk-through with the real binaries: a server on port 0 and two officers' laptops.
@Suite(.serialized) struct SyncLiveTests {
    final class Laptop {
        let db: String
        init(folder: String, name: String) { db = folder + "/\(name).sqlite" }

        func run(_ arguments: [String]) throws -> ProcessResult {
            try ProcessRunner.fieldkit(arguments + ["--db", db])
        }

        func json(_ arguments: [String]) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(try run(arguments + ["--json"]).stdout.utf8))
        }
    }

    static func laptops(_ server: ServerProcess) throws -> (Laptop, Laptop) {
        let (anna, bram) = (Laptop(folder: server.folder, name: "anna"), Laptop(folder: server.folder, name: "bram"))
        for (laptop, name) in [(anna, "Anna"), (bram, "Bram")] {
            let token = try server.enroll(name)
            #expect(try laptop.run(["init", "--officer", name, "--server", server.url, "--token", token]).status == 0)
        }
        return (anna, bram)
    }

    @Test func twoOfficers_RecordOfflineSyncMergeConflictAndConverge() throws {
        let server = try ServerProcess()
        let coordinatorToken = try server.enroll("Carla", role: "coordinator")
        #expect(coordinatorToken.hasPrefix("fk_"))
        let (anna, bram) = try Self.laptops(server)
        let id = try anna.run(["log", "--topic", "parking", "--summary", "Vans on the pavement", "--neighbourhood", "Lombok"]).line
        _ = try bram.run(["log", "--topic", "litter", "--summary", "Bins overflow", "--neighbourhood", "Zuilen"])
        let first = try anna.run(["sync"])
        #expect(first.status == 0 && first.stdout.contains("pushed 1 note"), "\(first.stderr)")
        #expect(try bram.run(["sync"]).stdout.contains("pushed 1 note, pulled 1"))
        #expect(try anna.run(["sync"]).stdout.contains("pulled 1"))

        _ = try anna.run(["edit", id, "--topic", "traffic"])
        _ = try bram.run(["edit", id, "--mood", "concerned"])
        for laptop in [anna, bram, anna] { #expect(try laptop.run(["sync"]).status == 0) }
        let merged = try anna.json(["show", id]) as? [String: Any]
        #expect(merged?["topic"] as? String == "traffic" && merged?["mood"] as? String == "concerned")
        #expect((merged?["conflicts"] as? [Any])?.isEmpty == true)

        _ = try anna.run(["edit", id, "--summary", "Vans at 8:00"])
        _ = try bram.run(["edit", id, "--summary", "Vans at 17:00"])
        #expect(try anna.run(["sync"]).status == 0)
        #expect(try bram.run(["sync"]).stdout.contains("1 conflict"))
        #expect(try anna.run(["sync"]).stdout.contains("1 conflict"))
        for laptop in [anna, bram] {
            let conflicts = try laptop.run(["conflicts"])
            #expect(conflicts.stdout.contains("Vans at 8:00") && conflicts.stdout.contains("Vans at 17:00"))
        }
        let onServer = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [server.store, "SELECT count(*) FROM records WHERE has_conflict = 1;"])
        #expect(onServer.line == "1")

        #expect(try bram.run(["resolve", String(id.prefix(6)), "--field", "summary", "--keep", "theirs"]).status == 0)
        for laptop in [bram, anna] { #expect(try laptop.run(["sync"]).status == 0) }
        let annaView = try anna.json(["show", id]) as? [String: Any]
        let bramView = try bram.json(["show", id]) as? [String: Any]
        #expect(annaView?["summary"] as? String == "Vans at 8:00")
        #expect((annaView?["conflicts"] as? [Any])?.isEmpty == true)
        #expect(annaView?["version"] as? [String: Int] == bramView?["version"] as? [String: Int])
        let devices = try ProcessRunner.server(["devices", "--store", server.store])
        #expect(devices.stdout.contains("Anna") && devices.stdout.contains("Carla") && devices.stdout.contains("never"))
    }

    @Test func serverKeepsServing_AfterBadRequestsEachWithItsStatus() throws {
        let server = try ServerProcess()
        let token = try server.enroll("Anna")
        func status(_ arguments: [String]) throws -> String {
            try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}"] + arguments).line
        }
        let pull = server.url + "/v1/pull"
        #expect(try status([pull, "-H", "FieldKit-Device: d1"]) == "401")
        #expect(try status([pull, "-H", "Authorization: Bearer nonsense", "-H", "FieldKit-Device: d1"]) == "401")
        let headers = ["-H", "Authorization: Bearer \(token)", "-H", "FieldKit-Device: d1", "-H", "Content-Type: application/json"]
        let forged = #"{"protocol":1,"device":"d1","records":[{"id":"a1","kind":"note","version":{"d1":1,"d2":9},"fields":{"topic":[{"value":"x","device":"d2","counter":9,"officer":"F","at":1}]}}]}"#
        #expect(try status(["-X", "POST", server.url + "/v1/push", "--data-binary", forged] + headers) == "422")
        let huge = server.folder + "/huge.json"
        _ = FileManager.default.createFile(atPath: huge, contents: Data(repeating: 0x20, count: 9 * 1024 * 1024))
        #expect(try status(["-X", "POST", server.url + "/v1/push", "--data-binary", "@" + huge] + headers) == "413")
        #expect(try status(["-X", "POST", server.url + "/v1/push", "--data-binary", "{garbage"] + headers) == "400")
        let raw = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", "printf 'NONSENSE\\r\\n\\r\\n' | curl -sS --max-time 5 telnet://\(server.url.dropFirst(7)) || true"])
        #expect(raw.stdout.contains("400"))
        #expect(try status([server.url + "/v1/health"]) == "200")
        let stopped = server.stop()
        #expect(stopped.status == 0, "a graceful stop exits 0")
        #expect(!stopped.log.contains(token) && !stopped.log.contains("garbage"), "the log holds no tokens or bodies")
    }

    @Test func revokedOfficer_IsRefusedWith69AndNotesStaySafe() throws {
        let server = try ServerProcess()
        let (anna, _) = try Self.laptops(server)
        _ = try anna.run(["log", "--topic", "a", "--summary", "b", "--neighbourhood", "Lombok"])
        #expect(try anna.run(["sync"]).status == 0)
        let revoke = try ProcessRunner.server(["revoke", "--officer", "Anna", "--store", server.store])
        #expect(revoke.status == 0 && revoke.stdout.contains("Revoked token"))
        _ = try anna.run(["log", "--topic", "c", "--summary", "d", "--neighbourhood", "Lombok"])
        let refused = try anna.run(["sync"])
        #expect(refused.status == 69)
        #expect(refused.stderr.contains("did not accept this device's token") && refused.stderr.contains("1 unsynced note is safe"))
        let devices = try ProcessRunner.server(["devices", "--store", server.store, "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(devices.stdout.utf8)) as? [[String: Any]]
        #expect(list?.first { $0["officer"] as? String == "Anna" }?["revoked"] as? Bool == true)
        let again = try ProcessRunner.server(["revoke", "--officer", "Anna", "--store", server.store])
        #expect(again.status == 65 && again.stderr.contains("no active token"))
    }

    @Test func unreachableServer_SaysNotesAreSafeAndExits75() throws {
        let folder = NSTemporaryDirectory() + "fieldkit-offline-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let laptop = Laptop(folder: folder, name: "offline")
        _ = try laptop.run(["init", "--officer", "Anna", "--server", "http://127.0.0.1:9", "--token", "fk_000000000000_x"])
        _ = try laptop.run(["log", "--topic", "a", "--summary", "b", "--neighbourhood", "Lombok"])
        let sync = try laptop.run(["sync"])
        #expect(sync.status == 75)
        #expect(sync.stderr.contains("server not reachable") && sync.stderr.contains("your 1 unsynced note is safe on this device"))
    }
}
