import FieldCore

/// One push as a device would send it: its records and the device they come from.
struct PushWork: Sendable {
    let device: DeviceID
    let records: [Record]
}
