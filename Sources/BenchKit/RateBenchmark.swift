import ArgumentKit
import FieldCore
import FieldStore
import Foundation
import LoadGenerator

/// Row: how many trivial authenticated pulls a `fieldkit-server` answers per second under `wrk`
/// (50 kept-alive connections), beside nginx serving a static file of the same size on loopback.
///
/// The pull is `GET /v1/pull?limit=1` with the headers SyncProtocol.md requires (bearer token,
/// device) and the protocol header: parsing, token check, one indexed read and the JSON body.
struct RateBenchmark {
    static let name = "server request rate (trivial pull)"
    static let target = "/v1/pull?limit=1"
    let serverBinary: String
    let wrk: String
    let nginx: String
    /// A folder of its own in the run's temporary folder: store, nginx config, file and logs.
    let folder: String
    let seconds: Int

    func run() throws -> Figure {
        try FileManager.default.createDirectory(atPath: folder + "/www", withIntermediateDirectories: true)
        let storePath = folder + "/rate.db"
        let token = try Self.prepareStore(at: storePath)
        let server = try ServerUnderTest(binary: URL(fileURLWithPath: serverBinary), storePath: storePath)
        defer { server.stop() }
        let headers = [("Authorization", "Bearer \(token)"), (SyncProtocol.deviceHeader, "bench-rate"),
                       (SyncProtocol.versionHeader, String(SyncProtocol.version))]
        let port = server.url.port ?? 0
        // The first pull binds the token to the device (one write); wrk's pulls only read.
        let pulled = try RawHTTPGet.fetch(host: "127.0.0.1", port: port, target: Self.target, headers: headers)
        guard pulled.status == 200 else { throw RawHTTPGet.Failure(description: "the trivial pull answered \(pulled.status)") }
        try Data(pulled.body).write(to: URL(fileURLWithPath: folder + "/www/pull.json"))
        let load = WrkRun(wrk: wrk, seconds: seconds)
        Console.say("rate: wrk on fieldkit-server for \(seconds) s…")
        let ours = try load.run("http://127.0.0.1:\(port)\(Self.target)", headers: headers)
        server.stop()
        Console.say("rate: wrk on nginx for \(seconds) s…")
        let web = try NginxProcess(binary: nginx, root: folder + "/www", folder: folder)
        defer { web.stop() }
        let served = try RawHTTPGet.fetch(host: "127.0.0.1", port: web.port, target: "/pull.json")
        guard served.status == 200, served.body.count == pulled.body.count else {
            throw RawHTTPGet.Failure(description: "nginx answered \(served.status) with \(served.body.count) bytes, not \(pulled.body.count)")
        }
        let baseline = try load.run("http://127.0.0.1:\(web.port)/pull.json")
        return figure(ours: ours, nginx: baseline, bodyBytes: pulled.body.count, load: load)
    }

    private func figure(ours: WrkResult, nginx: WrkResult, bodyBytes: Int, load: WrkRun) -> Figure {
        let errors = ours.non2xx + ours.socketErrors
        let warning = errors == 0 ? "" : "ERRORS: \(ours.non2xx) non-2xx responses and \(ours.socketErrors) socket errors "
            + "in \(ours.requests) requests; "
        func latency(_ result: WrkResult) -> String {
            let ms = { (seconds: Double?) in seconds.map { String(format: "%.2f", $0 * 1000) } ?? "?" }
            return "p50 \(ms(result.p50)) ms, p99 \(ms(result.p99)) ms"
        }
        return Figure(
            name: Self.name + (errors == 0 ? "" : " (\(errors) errors)"), unit: "requests/s", direction: .higherIsBetter,
            value: ours.requestsPerSecond, baseline: nginx.requestsPerSecond, target: 0.5,
            note: warning + "\(load.summary) GET \(Self.target) with bearer token, device and protocol headers, "
                + "\(bodyBytes)-byte body, \(ours.requests) requests, \(latency(ours)); baseline: nginx (2 workers) serving "
                + "a \(bodyBytes)-byte static file, \(nginx.requests) requests, \(latency(nginx)), "
                + "\(nginx.non2xx + nginx.socketErrors) errors; one after the other on the same cores as wrk")
    }

    /// A small store: a few notes to pull and one officer token, enrolled as `fieldkit-server enroll` does.
    private static func prepareStore(at path: String) throws -> String {
        let token = try TokenEnrollment.enroll(1, inStoreAt: path).tokens[0]
        let store = try CentralStore.open(at: path)
        defer { try? store.close() }
        try Prefill(count: 10, batchSize: 10).forEachBatch { _ = try store.push($0.records, from: $0.device) }
        return token
    }
}
