import FieldStore
import HTTPKit
import ReviewWeb
import SyncService

/// Every route `fieldkit-server` serves, built once for `serve` and `demo` alike: the `/v1` sync
/// API and the coordinators' review pages.
enum ServerRoutes {
    static func router(gate: StoreGate, log: ServerLog) throws -> Router {
        let secret = try ServerStoreAccess.run { try ReviewSecret.stored(in: gate) }
        return ReviewRoutes.adding(to: SyncRoutes.router(gate: gate, log: log), gate: gate, log: log, secret: secret)
    }
}
