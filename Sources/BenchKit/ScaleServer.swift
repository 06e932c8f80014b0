import ArgumentKit
import FieldCore
import Foundation
import LoadGenerator
import SyncClient

/// A `fieldkit-server` process on a store of many notes, filled over HTTP the way devices fill a
/// real one, with a token kept for the device whose sync the scale rows time.
final class ScaleServer {
    /// Writers pushing at once during the ingest: two keeps the server busy while the benchmark
    /// draws and encodes the next batch.
    static let writers = 2
    static let batchSize = 1000
    /// One new note a minute across the writers: a million notes span about two years, so a
    /// neighbourhood's week holds what a busy city's would.
    static let noteSpacingMilliseconds: Int64 = 60_000

    let storePath: String
    let storeID: String
    let syncToken: String
    let server: ServerUnderTest
    private let writerTokens: [String]

    /// Enrolls the writers and the sync device in the store at `storePath` (created when missing), then starts the server.
    init(binary: String, storePath: String) throws {
        let enrolled = try TokenEnrollment.enroll(Self.writers + 1, inStoreAt: storePath)
        (self.storePath, storeID) = (storePath, enrolled.storeID)
        syncToken = enrolled.tokens[0]
        writerTokens = Array(enrolled.tokens.dropFirst())
        server = try ServerUnderTest(binary: URL(fileURLWithPath: binary), storePath: storePath)
    }

    /// Peak resident memory of the server process so far, in bytes (`VmHWM`).
    var peakResidentBytes: Int? {
        ProcStatus.peakResidentBytes(of: server.processIdentifier)
    }

    func stop() {
        server.stop()
    }

    /// Pushes `count` new notes in batches of 1,000 from the writers at once; returns records per
    /// second. Says on stderr how far it got every 100,000 notes.
    func ingest(_ count: Int, label: String) throws -> Double {
        let progress = IngestProgress(total: count, label: label)
        let url = server.url
        let writers = (0..<Self.writers).map { index in
            (token: writerTokens[index], prefill: Self.prefill(writer: index, of: Self.writers, total: count))
        }
        let seconds = Stopwatch.time {
            DispatchQueue.concurrentPerform(iterations: writers.count) { index in
                let writer = writers[index]
                let transport = HTTPSyncTransport(baseURL: url, token: writer.token, device: writer.prefill.device, timeout: 120)
                progress.run {
                    try writer.prefill.forEachBatch { batch in
                        guard !progress.failed else { throw IngestProgress.Stopped() }
                        _ = try transport.push(PushRequest(device: batch.device, records: batch.records))
                        progress.add(batch.records.count)
                    }
                }
            }
        }.seconds
        try progress.check()
        return Double(count) / seconds
    }

    /// Writer `index`'s share of `total` notes: its own ids and device, its minutes interleaved with the others'.
    static func prefill(writer index: Int, of writers: Int, total: Int) -> Prefill {
        let share = total / writers + (index < total % writers ? 1 : 0)
        return Prefill(count: share, batchSize: batchSize, seed: 0x5CA1E_0000 + UInt64(index),
                       device: DeviceID("bench-scale-writer-\(index)"),
                       start: Timestamp(milliseconds: 1_700_000_000_000 + Int64(index) * noteSpacingMilliseconds),
                       spacingMilliseconds: noteSpacingMilliseconds * Int64(writers))
    }
}
