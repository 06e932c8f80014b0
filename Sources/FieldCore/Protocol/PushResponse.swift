/// The answer to a push: what the merge did with each record, in request order.
public struct PushResponse: Sendable, Equatable {
    public struct Result: Sendable, Equatable {
        public let id: String
        /// `inserted`, `unchanged`, `updated` or `conflicted`.
        public let change: String

        public init(id: String, change: String) {
            self.id = id
            self.change = change
        }
    }

    public let protocolVersion: Int
    public let results: [Result]
    public let serverTime: Timestamp

    public init(results: [Result], serverTime: Timestamp, protocolVersion: Int = SyncProtocol.version) {
        self.protocolVersion = protocolVersion
        self.results = results
        self.serverTime = serverTime
    }
}

extension MergeOutcome.Change {
    /// The word the protocol uses for this change.
    public var protocolName: String {
        switch self {
        case .inserted: return "inserted"
        case .unchanged: return "unchanged"
        case .updated: return "updated"
        case .conflicted: return "conflicted"
        }
    }
}
