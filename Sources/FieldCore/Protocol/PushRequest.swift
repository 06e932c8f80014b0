/// `POST /v1/push`: a batch of records in full state from one device.
public struct PushRequest: Codable, Sendable, Equatable {
    public let protocolVersion: Int
    public let device: DeviceID
    public let records: [Record]

    public init(device: DeviceID, records: [Record], protocolVersion: Int = SyncProtocol.version) {
        self.protocolVersion = protocolVersion
        self.device = device
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case protocolVersion = "protocol"
        case device, records
    }
}
