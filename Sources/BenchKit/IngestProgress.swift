import ArgumentKit
import Locking

/// What the ingest writers share: notes stored so far (said on stderr every 100,000) and the first
/// failure, which stops the other writers at their next batch.
final class IngestProgress: Sendable {
    /// Thrown by a writer that stops because another one failed.
    struct Stopped: Error {}

    static let reportEvery = 100_000
    let total: Int
    let label: String
    private let state = Locked<(done: Int, failure: String?)>((0, nil))
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    init(total: Int, label: String) {
        (self.total, self.label) = (total, label)
        start = clock.now
    }

    var failed: Bool {
        state.withLock { $0.failure != nil }
    }

    /// Counts `records` more stored, saying so when a multiple of 100,000 is crossed.
    func add(_ records: Int) {
        let (before, after) = state.withLock { state -> (Int, Int) in
            state.done += records
            return (state.done - records, state.done)
        }
        guard before / Self.reportEvery != after / Self.reportEvery else { return }
        let seconds = Stopwatch.seconds(of: start.duration(to: clock.now))
        Console.say("\(label): \(after) of \(total) notes stored (\(Int(Double(after) / seconds)) records/s)")
    }

    /// Runs one writer, keeping its error (the first one only) instead of throwing across threads.
    func run(_ writer: () throws -> Void) {
        do {
            try writer()
        } catch is Stopped {
            return
        } catch {
            let message = "\(error)"
            state.withLock { if $0.failure == nil { $0.failure = message } }
        }
    }

    /// Throws the first writer's failure, if any.
    func check() throws {
        if let failure = state.withLock({ $0.failure }) {
            throw CommandError("the \(label) ingest failed: \(failure)", exitCode: .software)
        }
    }
}
