import Foundation
import HTTPKit

/// Fills the server past its connection cap with silent connections and checks it refuses the
/// extra ones cleanly, keeps serving the ones it holds, and serves new ones once they close.
public struct IdleProbe {
    /// Connections opened beyond the cap.
    public static let extra = 20
    static let health = "GET /v1/health HTTP/1.1\r\nHost: fieldkit-load\r\n\r\n"

    let options: LoadOptions

    public init(options: LoadOptions) {
        self.options = options
    }

    /// Starts a server (unless `--url`), probes it, stops it, and returns the judged report.
    public func run() throws -> IdleProbeReport {
        let cap = options.maxConnections ?? ServerConfiguration.defaultMaxConnections
        if let url = options.url { return probe(url, cap: cap, server: nil) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldkit-probe-" + UUID().uuidString).path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LoadFailure.io("cannot create a temporary folder in \(FileManager.default.temporaryDirectory.path)")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try ServerUnderTest(binary: try LoadTarget.serverBinary(options), storePath: folder + "/server.sqlite",
                                         maxConnections: options.maxConnections)
        return probe(server.url, cap: cap, server: server)
    }

    private func probe(_ url: URL, cap: Int, server: ServerUnderTest?) -> IdleProbeReport {
        var report = IdleProbeReport()
        (report.server, report.cap, report.extra) = (url.absoluteString, cap, Self.extra)
        let host = url.host ?? "127.0.0.1"
        let port = url.port ?? 80
        var connections: [ProbeConnection] = []
        for _ in 0..<(cap + Self.extra) {
            guard let connection = try? ProbeConnection(host: host, port: port) else { report.closedSilently += 1; continue }
            connections.append(connection)
        }
        // The server answers a refused connection at once; a moment lets every answer arrive.
        Thread.sleep(forTimeInterval: 1)
        let fates = connections.map { $0.fate() }
        tally(fates, into: &report)
        report.healthWhileFull = zip(connections, fates).first { $0.1 == .held }?.0.exchange(Self.health) ?? 0
        connections.removeAll()
        (report.healthAfterRelease, report.secondsToRecover) = Self.firstServedHealth(host: host, port: port)
        report.serverExitStatus = server?.stop()
        report.judge()
        return report
    }

    private func tally(_ fates: [ProbeConnection.Fate], into report: inout IdleProbeReport) {
        for fate in fates {
            switch fate {
            case .held: report.held += 1
            case .answered(503, true): report.refused503 += 1
            case .answered: report.otherAnswers += 1
            case .closed: report.closedSilently += 1
            }
        }
    }

    /// Asks for health on new connections until one is served (the server frees a slot just after
    /// a connection closes); gives up after five seconds. Returns the last status and the time taken.
    static func firstServedHealth(host: String, port: Int) -> (status: Int, seconds: Double) {
        let clock = ContinuousClock()
        let started = clock.now
        var status = 0
        while clock.now - started < .seconds(5) {
            status = (try? ProbeConnection(host: host, port: port))?.exchange(health) ?? 0
            if status == 200 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let elapsed = (clock.now - started).components
        return (status, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }
}
