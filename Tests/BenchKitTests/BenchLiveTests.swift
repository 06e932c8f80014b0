import Foundation
import Testing
import TestSupport

/// `fieldkit-bench` as a person runs it: the built binary, its own `fieldkit-server` processes on
/// port 0, tiny sizes, JSON on stdout.
struct BenchLiveTests {
    static func figures(_ arguments: [String]) throws -> (result: ProcessResult, figures: [[String: Any]]) {
        let result = try ProcessRunner.run(ProcessRunner.binary("fieldkit-bench"), arguments + ["--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, object?["figures"] as? [[String: Any]] ?? [])
    }

    @Test func scaleRows_OnTinyStores_AreAllMeasured() throws {
        let (result, figures) = try Self.figures([
            "--only", "scale", "--scale-notes", "300", "--scale-base", "100",
            "--sync-runs", "2", "--list-runs", "3", "--report-runs", "2",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(figures.count == 6)
        #expect(figures.allSatisfy { $0["value"] is Double }, "\(figures)")
        let memory = figures.first { ($0["name"] as? String)?.hasPrefix("server peak RSS ingesting 300 notes") == true }
        #expect((memory?["value"] as? Double ?? 0) > 1)
        #expect(memory?["target_kind"] as? String == "absolute")
        let sync = figures.first { ($0["name"] as? String)?.hasPrefix("incremental sync") == true }
        #expect(sync?["baseline"] is Double)
        #expect(result.stderr.contains("coordinator:"))
    }

    static var rateToolsInstalled: Bool {
        ["/usr/bin/wrk", "/usr/local/bin/wrk"].contains { FileManager.default.isExecutableFile(atPath: $0) }
            && ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: rateToolsInstalled, "needs wrk and nginx"))
    func rateRow_AgainstNginx_IsMeasuredWithoutErrors_AndNginxIsStopped() throws {
        let (result, figures) = try Self.figures(["--only", "rate", "--rate-seconds", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(figures.count == 1)
        #expect(figures.first?["value"] is Double)
        #expect(figures.first?["baseline"] is Double)
        #expect((figures.first?["name"] as? String)?.contains("errors") == false, "\(figures)")
        let pids = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { Int($0) != nil }
        let nginxLeft = pids.contains { pid in
            let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            return command.contains("nginx") && command.contains("fieldkit-bench")
        }
        #expect(!nginxLeft)
    }
}
