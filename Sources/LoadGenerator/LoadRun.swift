import FieldCore
import Foundation
import Locking

/// One load run: enroll and start, let every device play its rounds at once, sync everyone, then verify.
public struct LoadRun {
    let options: LoadOptions
    /// Progress lines for the person waiting (standard error); never note contents or tokens.
    let say: (String) -> Void

    /// What seeds the devices' generators: the seed, mixed with a random salt when loading `--url`.
    ///
    /// A server given by `--url` keeps the notes of earlier runs. Replaying a seed there would log
    /// the same note ids from the same device ids again with other contents, which the server
    /// rightly refuses as altered writes; so there the seed fixes the shape of the run, not its ids.
    let generatorSeed: UInt64

    public init(options: LoadOptions, say: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.say = say
        generatorSeed = options.url == nil ? options.seed : options.seed ^ UInt64.random(in: 1...UInt64.max)
    }

    /// Runs the whole load and returns its judged report. Throws `LoadFailure` when it cannot run at all.
    public func run() throws -> LoadReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldkit-load-" + UUID().uuidString).path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LoadFailure.io("cannot create a temporary folder in \(FileManager.default.temporaryDirectory.path)")
        }
        defer {
            if options.keepFiles {
                say("kept the server's store and log in \(folder)")
            } else {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
        say("enrolling \(options.devices) devices and starting the server")
        return try load(try LoadTarget.prepare(options, folder: folder))
    }

    private func load(_ target: LoadTarget) throws -> LoadReport {
        var verifierGenerator = SplitMix64(seed: generatorSeed)
        let verifier = DeviceID("load-verifier-" + verifierGenerator.hex(8))
        let baseline = target.server == nil ? Set(try readFeed(target, as: verifier).records.keys) : []
        var report = makeReport(target)
        if !ClientPriority.lower(by: options.clientNice) {
            say("could not renice the device threads (no renice?); they compete with the server as equals")
            report.clientNice = 0
        }
        let metrics = LoadMetrics()
        let devices = try (0..<options.devices).map { index in
            try SimulatedDevice(index: index, token: target.tokens[index], server: target.url, metrics: metrics,
                                generator: SplitMix64(seed: generatorSeed).derived(index))
        }
        say("\(options.devices) devices play \(options.rounds) rounds at once")
        let usage = CPUUsage.start(server: target.server)
        let (seconds, errors) = play(devices)
        report.record(metrics.snapshot(), wallSeconds: seconds)
        report.cpu = usage.finish()
        devices.forEach { $0.disconnect() }
        report.deviceErrors = errors
        try verify(devices, on: target, as: verifier, baseline: baseline, into: &report)
        report.judge()
        return report
    }

    private func verify(
        _ devices: [SimulatedDevice], on target: LoadTarget, as verifier: DeviceID, baseline: Set<String>, into report: inout LoadReport
    ) throws {
        say("verifying")
        let feed = try readFeed(target, as: verifier)
        report.verification = LoadVerification.check(devices.map(\.ledger), server: feed.records,
                                                     repeatedIDs: feed.repeatedIDs, baseline: baseline)
        (report.devicesEqual, report.firstDifference) = Self.compare(devices, with: feed.records)
        if let server = target.server {
            report.serverChecks = ServerChecker.stop(server, storePath: target.storePath, served: feed.records)
        }
    }

    private func makeReport(_ target: LoadTarget) -> LoadReport {
        var report = LoadReport()
        (report.devices, report.rounds, report.notesPerRound, report.editsPerRound) =
            (options.devices, options.rounds, options.notesPerRound, options.editsPerRound)
        (report.seed, report.server, report.maxConnections) = (options.seed, target.url.absoluteString, options.maxConnections)
        report.clientNice = options.clientNice
        return report
    }

    /// The rounds, then two final syncs of every device (the first pushes whatever a failed sync
    /// left, the second pulls everything): returns the wall time and the devices' errors.
    private func play(_ devices: [SimulatedDevice]) -> (seconds: Double, errors: [String]) {
        let errors = Locked<[String]>([])
        let clock = ContinuousClock()
        let started = clock.now
        let (rounds, notes, edits) = (options.rounds, options.notesPerRound, options.editsPerRound)
        ConcurrentThreads.run(devices) { device in
            if let error = device.play(rounds: rounds, notes: notes, edits: edits) { errors.withLock { $0.append(error) } }
        }
        for _ in 0..<2 {
            ConcurrentThreads.run(devices) { device in device.sync() }
        }
        for device in devices {
            if let failure = device.lastFailure { errors.withLock { $0.append("device \(device.index + 1): its last sync failed: \(failure)") } }
        }
        let elapsed = (clock.now - started).components
        return (Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, errors.withLock { $0 })
    }

    private func readFeed(_ target: LoadTarget, as verifier: DeviceID) throws -> FeedSnapshot {
        do {
            return try FeedSnapshot.read(from: target.url, token: target.verifierToken, device: verifier)
        } catch {
            throw LoadFailure.unavailable("cannot read the server's records at \(target.url): \(error)")
        }
    }

    /// How many devices hold exactly the server's records, and the first difference found.
    static func compare(_ devices: [SimulatedDevice], with server: [String: Record]) -> (equal: Int, first: String?) {
        let differences = Locked<[Int: String]>([:])
        DispatchQueue.concurrentPerform(iterations: devices.count) { index in
            let device = devices[index]
            let difference: String?
            do {
                difference = ReplicaComparison.difference(try device.store.allRecords(), server: server)
            } catch {
                difference = "cannot read its store: \(error)"
            }
            if let difference { differences.withLock { $0[index] = "device \(index + 1) \(difference)" } }
        }
        let found = differences.withLock { $0 }
        return (devices.count - found.count, found.keys.min().flatMap { found[$0] })
    }
}
