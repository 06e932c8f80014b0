import Foundation
import Testing
import TestSupport

/// The officer's walk-through from the README, by running the built binary.
@Suite struct CLIWalkthroughTests {
    @Test func init_PrintsDeviceIDAndCreatesStore() throws {
        let workspace = CLIWorkspace()
        let result = try workspace.run(["init", "--officer", "Sanne de Vries"])
        #expect(result.status == 0)
        #expect(result.line.count == 16, "the device id alone on stdout")
        #expect(FileManager.default.fileExists(atPath: workspace.db))
        let status = try workspace.json(try workspace.run(["status", "--json"])) as? [String: Any]
        #expect(status?["officer"] as? String == "Sanne de Vries")
        #expect(status?["device_id"] as? String == result.line)
    }

    @Test func init_UsesFieldkitDBVariableWhenNoFlag() throws {
        let workspace = CLIWorkspace()
        let result = try ProcessRunner.fieldkit(["init", "--officer", "Sanne"], environment: ["FIELDKIT_DB": workspace.db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.db))
    }

    @Test func init_DefaultsToXDGDataHome() throws {
        let workspace = CLIWorkspace()
        let result = try ProcessRunner.fieldkit(["init", "--officer", "Sanne"], environment: ["XDG_DATA_HOME": workspace.folder])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.folder + "/fieldkit/field.sqlite"))
    }

    @Test func stand_OpenLogCloseList() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log()
        let note = try workspace.json(try workspace.run(["show", id, "--json"])) as? [String: Any]
        #expect(note?["neighbourhood"] as? String == "Lombok")
        #expect(note?["location"] as? String == "Kanaalstraat")
        #expect(note?["stand_id"] as? String != nil)
        let closed = try workspace.run(["stand", "close"])
        #expect(closed.status == 0 && closed.stderr.contains("1 note"))
        let list = try workspace.run(["stand", "list"])
        #expect(list.status == 0 && list.stdout.contains("Lombok") && list.stdout.contains("Kanaalstraat"))
        let again = try workspace.run(["stand", "close"])
        #expect(again.status == 64 && again.stderr.contains("no stand is open"))
    }

    @Test func log_WithoutStand_NeedsNeighbourhood() throws {
        let workspace = CLIWorkspace()
        _ = try workspace.run(["init", "--officer", "Sanne"])
        let refused = try workspace.run(["log", "--topic", "a", "--summary", "b"])
        #expect(refused.status == 64 && refused.stderr.contains("--neighbourhood"))
        let logged = try workspace.run(["log", "--topic", "a", "--summary", "b", "--neighbourhood", "Zuilen"])
        #expect(logged.status == 0)
    }

    @Test func log_OnTerminal_AsksForMissingFields() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        _ = try workspace.log(topic: "litter")
        let result = try ProcessRunner.fieldkitOnTerminal(["log", "--db", workspace.db, "--mood", "positive"], input: "1\nBins emptied at last\n")
        #expect(result.status == 0, "\(result.stderr)")
        let notes = try workspace.json(try workspace.run(["list", "--json"])) as? [[String: Any]]
        let prompted = notes?.first { $0["summary"] as? String == "Bins emptied at last" }
        #expect(prompted?["topic"] as? String == "litter", "answering 1 picks the first recent topic")
        #expect(prompted?["mood"] as? String == "positive")
    }

    @Test func edit_RaisesVersionCounterAndChangesOnlyGivenFields() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log()
        let before = try workspace.json(try workspace.run(["show", id, "--json"])) as? [String: Any]
        let edit = try workspace.run(["edit", String(id.prefix(6)), "--mood", "positive"])
        #expect(edit.status == 0)
        let after = try workspace.json(try workspace.run(["show", id, "--json"])) as? [String: Any]
        let device = try #require((before?["version"] as? [String: Int])?.keys.first)
        #expect((before?["version"] as? [String: Int])?[device] == 1)
        #expect((after?["version"] as? [String: Int])?[device] == 2)
        #expect(after?["mood"] as? String == "positive")
        #expect(after?["summary"] as? String == before?["summary"] as? String)
    }

    @Test func delete_HidesNoteUnlessDeletedFlag() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let kept = try workspace.log(topic: "parking")
        let gone = try workspace.log(topic: "litter", extra: ["--contact", "Mr. K, 06-00000001", "--consent"])
        #expect(try workspace.run(["delete", gone]).status == 0)
        let visible = try workspace.json(try workspace.run(["list", "--json"])) as? [[String: Any]]
        #expect(visible?.compactMap { $0["id"] as? String } == [kept])
        let all = try workspace.json(try workspace.run(["list", "--json", "--deleted"])) as? [[String: Any]]
        let tombstone = all?.first { $0["id"] as? String == gone }
        #expect(tombstone?["deleted"] as? Bool == true)
        #expect(tombstone?["contact"] is NSNull && tombstone?["summary"] as? String == "")
        #expect(try workspace.run(["list"]).stdout.contains(String(gone.prefix(8))) == false)
        #expect(try workspace.run(["list", "--deleted"]).stdout.contains("(deleted)"))
    }

    @Test func listAndShow_JSONCarriesTheStableKeys() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        let id = try workspace.log(extra: ["--tag", "evening", "--follow-up", "Call back", "--mood", "concerned"])
        let list = try workspace.json(try workspace.run(["list", "--json"])) as? [[String: Any]]
        let show = try workspace.json(try workspace.run(["show", id, "--json"])) as? [String: Any]
        let keys = ["id", "stand_id", "neighbourhood", "location", "recorded_at", "officer", "topic", "summary", "tags",
                    "mood", "follow_up", "follow_up_status", "deleted", "version"]
        for key in keys {
            #expect(show?[key] != nil, "show --json lacks \(key)")
            #expect(list?.first?[key] != nil, "list --json lacks \(key)")
        }
        #expect((show?["recorded_at"] as? String)?.hasSuffix("Z") == true)
        #expect(show?["tags"] as? [String] == ["evening"])
        #expect(show?["follow_up_status"] as? String == "open")
        let text = try workspace.run(["show", String(id.prefix(5))])
        #expect(text.status == 0 && text.stdout.contains("Call back") && text.stdout.contains("Version"))
    }

    @Test func listFilters_SelectNotes() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        _ = try workspace.log(topic: "parking", extra: ["--follow-up", "Ask enforcement"])
        _ = try workspace.log(topic: "litter", extra: ["--neighbourhood", "Zuilen"])
        func count(_ arguments: [String]) throws -> Int {
            (try workspace.json(try workspace.run(["list", "--json"] + arguments)) as? [Any])?.count ?? -1
        }
        #expect(try count([]) == 2)
        #expect(try count(["--neighbourhood", "zuilen"]) == 1)
        #expect(try count(["--topic", "parking"]) == 1)
        #expect(try count(["--follow-up", "open"]) == 1)
        #expect(try count(["--follow-up", "done"]) == 0)
        #expect(try count(["--today"]) == 2)
    }

    @Test func status_ShowsUnsyncedCount() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        _ = try workspace.log()
        _ = try workspace.log()
        let text = try workspace.run(["status"])
        #expect(text.status == 0 && text.stdout.contains("Not yet synced  2"))
        let json = try workspace.json(try workspace.run(["status", "--json"])) as? [String: Any]
        #expect(json?["unsynced_notes"] as? Int == 2)
        #expect(json?["store"] as? String == workspace.db)
    }
}
