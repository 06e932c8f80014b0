import FieldStore
import HTTPKit
import SyncService

/// Every route `fieldkit-server` serves, built once for `serve` and `demo` alike.
enum ServerRoutes {
    static func router(gate: StoreGate, log: ServerLog) throws -> Router {
        SyncRoutes.router(gate: gate, log: log)
    }
}
