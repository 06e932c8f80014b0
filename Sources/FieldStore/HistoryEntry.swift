import FieldCore

/// One stored change of a central record: when the server merged it, from where, and the writes it brought.
public struct HistoryEntry: Sendable, Equatable {
    public struct Write: Sendable, Equatable {
        public let device: DeviceID
        public let counter: UInt64
        public let officer: String
        public let at: Timestamp
        public let fields: [String]
    }

    public let seq: Int64
    public let mergedAt: Timestamp
    /// The device that pushed the change, or the coordinator actor that wrote it on the server.
    public let source: String
    public let writes: [Write]
}
