import FieldCore
import FieldStore

/// Who is making a request: a valid, unrevoked token, bound to this device.
public struct AuthenticatedDevice: Sendable {
    public let token: EnrolledToken
    public let device: DeviceID
}
