import Foundation
import Testing
import TestSupport

/// `fieldkit-load` run as CI would: the built binary, its own `fieldkit-server` on port 0, its exit status and figures.
@Suite(.serialized) struct LoadGeneratorLiveTests {
    static func load(_ arguments: [String]) throws -> (result: ProcessResult, json: [String: Any]) {
        let result = try ProcessRunner.run(ProcessRunner.binary("fieldkit-load"), arguments + ["--json"])
        let json = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
        return (result, json)
    }

    static func int(_ json: [String: Any], _ path: String...) -> Int? {
        var value: Any? = json
        for key in path { value = (value as? [String: Any])?[key] }
        return value as? Int
    }

    @Test func load_TwentyDevicesTwoRounds_PassesWithEveryNoteOnServerAndEveryDeviceEqual() throws {
        let seed = SeededGenerator.seedForRun(#function) % (1 << 53)
        let (result, json) = try Self.load(["--devices", "20", "--rounds", "2", "--seed", String(seed)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(json["passed"] as? Bool == true, "\(json["failures"] ?? result.stdout)")
        #expect(Self.int(json, "verification", "notesLogged") == 20 * 2 * 3)
        #expect(Self.int(json, "verification", "notesOnServer") == 20 * 2 * 3)
        #expect(Self.int(json, "verification", "lost") == 0 && Self.int(json, "verification", "duplicates") == 0)
        #expect(Self.int(json, "devicesEqual") == 20)
        #expect(Self.int(json, "requests", "status5xx") == 0 && Self.int(json, "requests", "storageBusy") == 0)
        #expect(Self.int(json, "requests", "status2xx") == Self.int(json, "requests", "total"))
        #expect(Self.int(json, "serverChecks", "exitStatus") == 0)
        #expect((json["serverChecks"] as? [String: Any])?["integrity"] as? String == "ok")
        let all = (json["latency"] as? [String: Any])?["all"] as? [String: Any]
        print("fieldkit-load test: 20 devices x 2 rounds: requests \(Self.int(json, "requests", "total") ?? -1), "
              + "records/s \(Int((json["recordsPerSecond"] as? Double) ?? -1)), p50 \(all?["p50"] ?? "-") ms, "
              + "p99 \(all?["p99"] ?? "-") ms, 5xx \(Self.int(json, "requests", "status5xx") ?? -1), "
              + "conflicted records \(Self.int(json, "verification", "conflictedRecords") ?? -1)")
    }

    @Test func load_CapBelowTheDevices_FailsWithExitOneAndSaysWhy() throws {
        let (result, json) = try Self.load(["--devices", "12", "--rounds", "1", "--max-connections", "4", "--seed", "5"])
        #expect(result.status == 1)
        #expect(json["passed"] as? Bool == false)
        #expect((Self.int(json, "serverChecks", "refusedConnections") ?? 0) > 0)
        #expect((Self.int(json, "requests", "status5xx") ?? 0) > 0)
        #expect(result.stderr.contains("fieldkit-load: ") && result.stderr.contains("checks failed"))
    }

    @Test func idleProbe_CapOfEight_RefusesTheExtraWith503AndServesAgainOnceClosed() throws {
        let (result, json) = try Self.load(["--idle-probe", "--max-connections", "8"])
        #expect(result.status == 0, "\(json["failures"] ?? result.stdout) \(result.stderr)")
        #expect(Self.int(json, "held") == 8)
        #expect(Self.int(json, "refused503") == 20, "every extra connection is answered 503 with Connection: close")
        #expect(Self.int(json, "otherAnswers") == 0)
        #expect(Self.int(json, "healthWhileFull") == 200)
        #expect(Self.int(json, "healthAfterRelease") == 200)
        #expect(Self.int(json, "serverExitStatus") == 0)
    }

    @Test func load_RunningServerGivenByURLTwice_PassesAndCountsEarlierNotesAsBaseline() throws {
        let server = try ServerProcess()
        for run in 1...2 {
            let (result, json) = try Self.load(["--url", server.url, "--store", server.store, "--devices", "5", "--rounds", "1", "--seed", "7"])
            #expect(result.status == 0, "run \(run): \(json["failures"] ?? result.stderr)")
            #expect(Self.int(json, "verification", "notesOnServer") == 5 * 3, "run \(run)")
            #expect(Self.int(json, "verification", "unexpected") == 0, "run \(run): the first run's notes are the second's baseline")
            #expect(Self.int(json, "devicesEqual") == 5, "run \(run)")
        }
        let records = try ProcessRunner.sqlite(server.store, "SELECT count(*) FROM records;")
        #expect(records.trimmingCharacters(in: .whitespacesAndNewlines) == "30")
        #expect(server.stop().status == 0)
    }

    @Test func load_BadArguments_ExitSixtyFourWithOneLine() throws {
        for arguments in [["--devices", "0"], ["--url", "http://127.0.0.1:9"], ["--store", "/tmp/x.sqlite"], ["--seed", "-1"]] {
            let result = try ProcessRunner.run(ProcessRunner.binary("fieldkit-load"), arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func load_ServerThatCannotBeReached_ExitsSixtyNine() throws {
        let folder = TemporaryFolder(prefix: "fieldkit-load-unreachable")
        let result = try ProcessRunner.run(ProcessRunner.binary("fieldkit-load"),
                                           ["--devices", "2", "--url", "http://127.0.0.1:9", "--store", folder.file("server.sqlite")])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("cannot read the server's records"))
    }
}
