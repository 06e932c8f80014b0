import FieldCore
import SyncClient

/// Wraps a transport and fails after a set number of calls: an interrupted sync.
final class FlakyTransport: SyncTransport {
    let base: SyncTransport
    private var pushesLeft: Int
    private var pullsLeft: Int

    init(base: SyncTransport, pushesBeforeFailure: Int = .max, pullsBeforeFailure: Int = .max) {
        self.base = base
        pushesLeft = pushesBeforeFailure
        pullsLeft = pullsBeforeFailure
    }

    func push(_ request: PushRequest) throws -> PushResponse {
        guard pushesLeft > 0 else { throw SyncFailure.unreachable("connection dropped") }
        pushesLeft -= 1
        return try base.push(request)
    }

    func pull(cursor: String?, limit: Int) throws -> PullResponse {
        guard pullsLeft > 0 else { throw SyncFailure.unreachable("connection dropped") }
        pullsLeft -= 1
        return try base.pull(cursor: cursor, limit: limit)
    }
}
