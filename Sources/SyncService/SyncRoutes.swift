import FieldStore
import HTTPKit

/// The sync server's routes over one central store.
public enum SyncRoutes {
    public static func router(gate: StoreGate, log: ServerLog) -> Router {
        let handlers = SyncHandlers(gate: gate, authenticator: Authenticator(gate: gate, log: log), log: log)
        return Router()
            .adding("GET", "/v1/health", handlers.health)
            .adding("POST", "/v1/push", handlers.push)
            .adding("GET", "/v1/pull", handlers.pull)
    }
}
