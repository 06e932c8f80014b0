/// `GET /v1/health`: the server is up and which protocol it speaks. Needs no token.
public struct HealthResponse: Sendable, Equatable {
    public let status: String
    public let protocolVersion: Int
    public let serverTime: Timestamp

    public init(status: String = "ok", serverTime: Timestamp, protocolVersion: Int = SyncProtocol.version) {
        self.status = status
        self.protocolVersion = protocolVersion
        self.serverTime = serverTime
    }
}
