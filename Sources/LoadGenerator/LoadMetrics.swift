import Locking

/// Every request of every simulated device, tallied under one lock as the threads report them.
final class LoadMetrics: Sendable {
    /// The tallies; read with `snapshot()` once the devices have stopped.
    struct Tally: Sendable {
        var latencies: [RequestKind: [Double]] = [:]
        /// Answers by status class: 2, 4 or 5 (for 2xx, 4xx, 5xx).
        var statusClasses: [Int: Int] = [:]
        /// Error answers by status code, for the report.
        var errorStatuses: [Int: Int] = [:]
        var storageBusy = 0
        var unreachable = 0
        var badResponses = 0
        var pushedRecords = 0
        var pulledRecords = 0
        /// Syncs that ended in an error and were tried again or given up.
        var failedSyncs = 0

        var requests: Int { latencies.values.reduce(0) { $0 + $1.count } }
    }

    private let tally = Locked(Tally())

    /// Counts one finished request of `kind` that took `milliseconds`.
    func record(_ kind: RequestKind, milliseconds: Double, outcome: RequestOutcome) {
        tally.withLock { tally in
            tally.latencies[kind, default: []].append(milliseconds)
            switch outcome {
            case .success(let records):
                tally.statusClasses[2, default: 0] += 1
                if kind == .push { tally.pushedRecords += records } else { tally.pulledRecords += records }
            case .refused(let status, let storageBusy):
                tally.statusClasses[status / 100, default: 0] += 1
                tally.errorStatuses[status, default: 0] += 1
                if storageBusy { tally.storageBusy += 1 }
            case .unreachable:
                tally.unreachable += 1
            case .badResponse:
                tally.badResponses += 1
            }
        }
    }

    func recordFailedSync() {
        tally.withLock { $0.failedSyncs += 1 }
    }

    func snapshot() -> Tally {
        tally.withLock { $0 }
    }
}
