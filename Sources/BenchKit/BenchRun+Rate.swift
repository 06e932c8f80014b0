import ArgumentKit
import Foundation

/// The request-rate row: our server against nginx under wrk, when both tools are installed.
extension BenchRun {
    func rate() throws -> Figure {
        let skip = { (reason: String) in
            Figure.notMeasured(RateBenchmark.name, unit: "requests/s", direction: .higherIsBetter, target: 0.5, reason: reason)
        }
        guard let server = SiblingBinary.path("fieldkit-server") else {
            return skip("not measured: no fieldkit-server binary beside fieldkit-bench (swift build -c release)")
        }
        guard let wrk = ToolPath.find("wrk") else { return skip("not measured: wrk not installed (apt-get install wrk)") }
        guard let nginx = ToolPath.find("nginx") else { return skip("not measured: nginx not installed (apt-get install nginx-light)") }
        let folder = directory + "/rate"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try RateBenchmark(serverBinary: server, wrk: wrk, nginx: nginx, folder: folder, seconds: options.rateSeconds).run()
    }
}
