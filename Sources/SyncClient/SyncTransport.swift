import FieldCore

/// How the sync engine reaches a server: HTTP in real life, a direct call in simulations.
public protocol SyncTransport {
    func push(_ request: PushRequest) throws -> PushResponse
    func pull(cursor: String?, limit: Int) throws -> PullResponse
}
