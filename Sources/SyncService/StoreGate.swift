import FieldStore
import Locking

/// The central store behind a lock: one request at a time touches it.
///
/// SQLite serialises writers anyway; holding one connection behind a lock keeps the
/// connection on one thread at a time and turns "database is locked" into a short wait.
public final class StoreGate: Sendable {
    private let store: Locked<CentralStore>

    public init(_ store: sending CentralStore) {
        self.store = Locked(store)
    }

    public func withStore<T: Sendable>(_ body: (CentralStore) throws -> T) throws -> T {
        try store.withLock { store in try body(store) }
    }
}

extension StoreGate {
    /// Closes the store once the server has stopped, checkpointing its WAL.
    public func close() throws {
        try withStore { try $0.close() }
    }
}
