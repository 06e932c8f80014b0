/// Who is writing, from which replica, and when: everything a local write stamps on its fields.
public struct Author: Hashable, Sendable {
    public let device: DeviceID
    public let officer: String
    public let at: Timestamp

    public init(device: DeviceID, officer: String, at: Timestamp = .now()) {
        self.device = device
        self.officer = officer
        self.at = at
    }
}
