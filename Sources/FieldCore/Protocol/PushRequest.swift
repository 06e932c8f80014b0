/// `POST /v1/push`: a batch of records in full state from one device.
public struct PushRequest: Sendable, Equatable {
    public let protocolVersion: Int
    public let device: DeviceID
    public let records: [Record]

    public init(device: DeviceID, records: [Record], protocolVersion: Int = SyncProtocol.version) {
        self.protocolVersion = protocolVersion
        self.device = device
        self.records = records
    }
}
