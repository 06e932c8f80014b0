import FieldCore
import FieldStore
import SyncService

/// What the review handlers share: the store, the log, the signing secret and a clock.
struct ReviewServices: Sendable {
    let gate: StoreGate
    let log: ServerLog
    let secret: ReviewSecret
    let clock: @Sendable () -> Timestamp

    /// Runs `body` on the store, turning storage failures into 503/507/500 like the sync API.
    func store<T: Sendable>(_ body: (CentralStore) throws -> T) throws -> T {
        try StoreFailure.mapped { try gate.withStore(body) }
    }
}
