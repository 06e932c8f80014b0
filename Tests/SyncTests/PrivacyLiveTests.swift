import FieldCore
import FieldStore
import Foundation
import Testing
import TestSupport

/// Purge and device clocks with the real binaries: a server on port 0, officers' laptops, curl.
@Suite(.serialized) struct PrivacyLiveTests {
    static func notes(_ laptop: OfficerLaptop) throws -> [String] {
        let list = try JSONSerialization.jsonObject(with: Data(try laptop.run(["list", "--json"]).stdout.utf8)) as? [[String: Any]]
        return (list ?? []).compactMap { $0["id"] as? String }
    }

    static func history(_ server: ServerProcess, _ id: String) throws -> Int {
        let shown = try ProcessRunner.server(["review", "show", id, "--json", "--store", server.store])
        let object = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        return (object?["history"] as? [Any])?.count ?? -1
    }

    @Test func purge_OnOneLaptop_LeavesTheServerAndTheOtherLaptopUntouched() throws {
        let server = try ServerProcess()
        let anna = try OfficerLaptop(folder: server.folder, officer: "Anna", server: server.url, token: try server.enroll("Anna"))
        let bram = try OfficerLaptop(folder: server.folder, officer: "Bram", server: server.url, token: try server.enroll("Bram"))
        try anna.log(2)
        #expect(try anna.run(["sync"]).status == 0)
        #expect(try bram.run(["sync"]).stdout.contains("pulled 2"))
        let synced = try Self.notes(anna)
        try anna.log(1)

        let dry = try anna.run(["purge", "--synced-before", "0h", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("would purge 2 notes synced before") && dry.stdout.contains("would keep 1 not yet synced"))
        #expect(try Self.notes(anna).count == 3, "a dry run removes nothing")
        let purge = try anna.run(["purge", "--synced-before", "0h"])
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stdout.hasPrefix("purged 2 notes synced before ") && purge.stdout.hasSuffix("; kept 1 not yet synced\n"))
        #expect(purge.stdout.filter { $0 == "\n" }.count == 1)

        let again = try anna.run(["sync"])
        #expect(again.stdout.contains("pushed 1 note, pulled 0"), "\(again.stdout)")
        #expect(Set(try Self.notes(anna)).isDisjoint(with: synced))
        for id in synced { #expect(try Self.history(server, id) == 1, "only the original push ever reached the server") }
        #expect(try bram.run(["sync"]).stdout.contains("pulled 1"))
        #expect(Set(try Self.notes(bram)).isSuperset(of: synced))
        #expect(try bram.run(["edit", synced[0], "--mood", "positive"]).status == 0)
        #expect(try bram.run(["sync"]).status == 0)
        #expect(try anna.run(["sync"]).stdout.contains("pulled 0"), "a later edit elsewhere does not bring it back")
    }

    @Test func devices_ShowEachDevicesClock_AndRequestsWithoutTheHeaderAreServed() throws {
        let server = try ServerProcess()
        let token = try server.enroll("Anna")
        _ = try server.enroll("Bram")
        let behind = Timestamp.now().milliseconds - 14 * 60_000
        let headers = ["-H", "Authorization: Bearer \(token)", "-H", "FieldKit-Device: anna-laptop"]
        let plain = try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}", server.url + "/v1/pull"] + headers)
        #expect(plain.line == "200")
        let timed = try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}", server.url + "/v1/pull",
                                            "-H", "FieldKit-Device-Time: \(behind)"] + headers)
        #expect(timed.line == "200")

        let devices = try ProcessRunner.server(["devices", "--store", server.store])
        #expect(devices.stdout.contains("CLOCK"))
        let anna = devices.stdout.split(separator: "\n").first { $0.contains("Anna") } ?? ""
        #expect(anna.contains("\u{2212}14 min"), "\(devices.stdout)")
        let bram = devices.stdout.split(separator: "\n").first { $0.contains("Bram") } ?? ""
        #expect(bram.contains("\u{2014}"), "never measured")
        let json = try JSONSerialization.jsonObject(with: Data(try ProcessRunner.server(["devices", "--json", "--store", server.store]).stdout.utf8))
        let offset = ((json as? [[String: Any]])?.first { $0["officer"] as? String == "Anna" }?["clock_offset_ms"] as? Int) ?? 0
        #expect(abs(offset - 14 * 60_000) < 10_000)
    }

    @Test func reviewShow_NoteFromTheFuture_SaysItsRecordedTimeLooksWrong() throws {
        let server = try ServerProcess()
        let token = try server.enroll("Anna")
        let device = "anna-laptop"
        let future = Timestamp.now().milliseconds + 3 * 86_400_000
        let entry = "{\"value\": VALUE, \"device\": \"\(device)\", \"counter\": 1, \"officer\": \"Anna\", \"at\": \(future)}"
        func field(_ name: String, _ value: String) -> String { "\"\(name)\": [\(entry.replacingOccurrences(of: "VALUE", with: value))]" }
        let id = "0c0ffee0-0000-4000-8000-00000000f00d"
        let body = "{\"protocol\": 1, \"device\": \"\(device)\", \"records\": [{\"id\": \"\(id)\", \"kind\": \"note\", "
            + "\"version\": {\"\(device)\": 1}, \"fields\": {\(field("topic", "\"parking\"")), \(field("recorded_at", String(future))), "
            + "\(field("deleted", "false"))}}]}"
        let push = try ProcessRunner.curl(["-w", "\n%{http_code}", "-X", "POST", server.url + "/v1/push", "-H", "Authorization: Bearer \(token)",
                                           "-H", "FieldKit-Device: \(device)", "-H", "Content-Type: application/json", "-d", body])
        #expect(push.stdout.hasSuffix("\n200") && push.stdout.contains("inserted"), "\(push.stdout)")

        let shown = try ProcessRunner.server(["review", "show", "0c0ffee0", "--store", server.store])
        #expect(shown.stdout.contains("Recorded time looks wrong: 3 days in the future by this laptop's clock (device anna-laptop"))
        let json = try JSONSerialization.jsonObject(with: Data(try ProcessRunner.server(["review", "show", "0c0ffee0", "--json", "--store", server.store]).stdout.utf8))
        let flags = (json as? [String: Any])?["clock_flags"] as? [[String: Any]]
        #expect(flags?.first?["reason"] as? String == "future" && flags?.first?["device"] as? String == device)
    }
}
