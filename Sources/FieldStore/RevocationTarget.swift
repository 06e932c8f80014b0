import FieldCore

/// Which enrollments `revoke` disables.
public enum RevocationTarget: Sendable, Equatable {
    /// Every token of this officer.
    case officer(String)
    /// The token bound to this device.
    case device(DeviceID)
    /// The token with this selector (the public part shown by `devices`).
    case selector(String)
}
