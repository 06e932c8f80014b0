import FieldCore
import LoadGenerator
import Foundation
import SyncClient

/// Row 4: the merge workload pushed end to end: the real client encoding and HTTP transport
/// (`HTTPSyncTransport`), a `fieldkit-server` process, its parser, authentication and push handler.
struct HTTPPushBenchmark {
    let workload: Workload
    let serverBinary: String
    let storePath: String

    /// Records pushed per second, one request per batch, one after another.
    func run() throws -> Double {
        let devices = Array(Set(workload.batches.map(\.device))).sorted()
        let tokens = try TokenEnrollment.enroll(devices.count, inStoreAt: storePath).tokens
        let server = try ServerUnderTest(binary: URL(fileURLWithPath: serverBinary), storePath: storePath)
        defer { server.stop() }
        var transports: [DeviceID: HTTPSyncTransport] = [:]
        for (device, token) in zip(devices, tokens) {
            transports[device] = HTTPSyncTransport(baseURL: server.url, token: token, device: device)
        }
        let (_, seconds) = try Stopwatch.time {
            for batch in workload.batches {
                _ = try transports[batch.device]!.push(PushRequest(device: batch.device, records: batch.records))
            }
        }
        return Double(workload.recordCount) / seconds
    }
}
