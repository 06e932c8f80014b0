import FieldCore
import FieldStore
import Foundation

/// The running server's retention schedule: applies the policy at start and then every `interval`.
///
/// Each step of a run goes through the same store lock as the sync handlers (StoreGate), one batch
/// of notes at a time, so pushes and pulls are served between batches. Every run logs one line of
/// counts, never note contents.
///
/// `@unchecked Sendable`: the only mutable state (`started`, `stopped`, `finished`, `saidOff`) is
/// read and written under `condition`; everything else is immutable and Sendable.
public final class RetentionSchedule: @unchecked Sendable {
    /// An hour: erasures are due by the day, so an hourly run keeps every note within an hour of its retention.
    public static let defaultInterval: Int64 = 3_600_000

    private let gate: StoreGate
    private let log: ServerLog
    private let interval: Int64
    private let clock: @Sendable () -> Timestamp
    private let condition = NSCondition()
    private var started = false
    private var stopped = false
    private var finished = false
    private var saidOff = false

    /// A schedule over `gate` running every `interval` milliseconds; `clock` says what "now" is.
    public init(gate: StoreGate, log: ServerLog, interval: Int64 = defaultInterval,
                clock: @escaping @Sendable () -> Timestamp = { .now() }) {
        self.gate = gate
        self.log = log
        self.interval = max(1, interval)
        self.clock = clock
    }

    /// Runs the policy once now and logs the outcome; returns the report, or nil when the run failed (logged).
    @discardableResult
    public func tick() -> RetentionReport? {
        let now = clock()
        let next = now.adding(milliseconds: interval)
        do {
            // With no policy nothing is written, and it is said once, not every hour.
            guard !(try gate.withStore { try $0.retentionPolicy() }.isOff) else {
                if firstOff() { log.info("retention: no policy set, nothing is erased ('fieldkit-server retention set')") }
                return RetentionReport(dryRun: false, at: now)
            }
            try gate.withStore { try $0.setNextRetentionRun(next) }
            let report = try RetentionRunner.run(at: now) { step in try gate.withStore { try step($0) } }
            let busy = report.compacted ? "" : "; the log was in use, compaction is retried next run"
            log.info("retention: \(report.summary)\(busy); next run \(next.iso8601)")
            return report
        } catch {
            log.info("retention run failed: \(error); next run \(next.iso8601)")
            return nil
        }
    }

    /// True the first time it is asked: whether to log that no policy is set.
    private func firstOff() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let first = !saidOff
        saidOff = true
        return first
    }

    /// Starts the schedule on its own thread: a run now, then one every interval until `stop()`.
    public func start() {
        condition.lock()
        started = true
        condition.unlock()
        let thread = Thread { [self] in loop() }
        thread.name = "retention"
        thread.start()
    }

    /// Stops the schedule and waits for a run in progress to finish; the store has no next run then.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while started && !finished { condition.wait() }
        condition.unlock()
        try? gate.withStore { store in
            if try store.nextRetentionRun() != nil { try store.setNextRetentionRun(nil) }
        }
    }

    private func loop() {
        while true {
            tick()
            condition.lock()
            let deadline = Date(timeIntervalSinceNow: Double(interval) / 1000)
            while !stopped && Date() < deadline { _ = condition.wait(until: deadline) }
            let done = stopped
            condition.unlock()
            if done { break }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
