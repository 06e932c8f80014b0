/// `GET /v1/pull`: one page of records changed after a cursor, oldest change first.
public struct PullResponse: Sendable, Equatable {
    public let protocolVersion: Int
    public let records: [Record]
    /// Opaque: give it back as `cursor` to get the next page. Store it only once the page is applied.
    public let cursor: String
    /// Whether more changes wait after this page.
    public let more: Bool
    public let serverTime: Timestamp

    public init(records: [Record], cursor: String, more: Bool, serverTime: Timestamp, protocolVersion: Int = SyncProtocol.version) {
        self.protocolVersion = protocolVersion
        self.records = records
        self.cursor = cursor
        self.more = more
        self.serverTime = serverTime
    }
}
