import FieldCore
import SyncClient

/// A sync transport that times every request of the one it wraps and reports how it ended.
///
/// One HTTP request per call: the wrapped `HTTPSyncTransport` sends each push and each pull page
/// as one request and does not retry, so a call's time is that request's latency.
final class MeasuredTransport: SyncTransport {
    private let wrapped: SyncTransport
    private let metrics: LoadMetrics
    private let clock = ContinuousClock()

    init(_ wrapped: SyncTransport, metrics: LoadMetrics) {
        self.wrapped = wrapped
        self.metrics = metrics
    }

    func push(_ request: PushRequest) throws -> PushResponse {
        try measured(.push, records: { _ in request.records.count }) { try wrapped.push(request) }
    }

    func pull(cursor: String?, limit: Int) throws -> PullResponse {
        try measured(.pull, records: { $0.records.count }) { try wrapped.pull(cursor: cursor, limit: limit) }
    }

    private func measured<Response>(
        _ kind: RequestKind, records: (Response) -> Int, _ request: () throws -> Response
    ) throws -> Response {
        let started = clock.now
        do {
            let response = try request()
            metrics.record(kind, milliseconds: milliseconds(since: started), outcome: .success(records: records(response)))
            return response
        } catch let failure as SyncFailure {
            metrics.record(kind, milliseconds: milliseconds(since: started), outcome: RequestOutcome(failure))
            throw failure
        }
    }

    private func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
