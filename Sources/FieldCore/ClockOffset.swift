/// How far a device's clock is from the server's, measured at a sync.
///
/// Sign convention, as in NTP: `milliseconds` is the server's clock minus the device's, i.e. what
/// the device must add to its own time to get the server's. Positive: the device's clock is behind.
public struct ClockOffset: Hashable, Sendable {
    /// Beyond this either way, `fieldkit status` warns that note times may be wrong.
    public static let warningThreshold: Int64 = 5 * 60_000

    /// Server time minus device time.
    public let milliseconds: Int64
    /// When it was measured, by the clock of whoever measured it (the device on the device, the server on the server).
    public let measuredAt: Timestamp

    public init(milliseconds: Int64, measuredAt: Timestamp) {
        self.milliseconds = milliseconds
        self.measuredAt = measuredAt
    }

    /// The offset from one request: the server's time in the answer against the midpoint of when the
    /// device sent the request and got the answer (both by the device's clock), so that the round
    /// trip's time is split evenly between the two directions rather than counted as clock error.
    public static func measured(sent: Timestamp, received: Timestamp, serverTime: Timestamp) -> ClockOffset {
        let midpoint = sent.milliseconds + (received.milliseconds - sent.milliseconds) / 2
        return ClockOffset(milliseconds: serverTime.milliseconds - midpoint, measuredAt: received)
    }

    /// Whether the device's clock is off by more than `warningThreshold`.
    public var deservesWarning: Bool {
        milliseconds.magnitude > UInt64(Self.warningThreshold)
    }

    /// Whether the device's clock is behind the server's.
    public var deviceIsBehind: Bool { milliseconds > 0 }

    /// The device's clock relative to the server's, for a table column: `+2 s` (ahead), `−14 min`
    /// (behind, with a real minus sign), `0 s`.
    public var deviceClockLabel: String {
        let span = AgePeriod.approximately(milliseconds: milliseconds)
        let sign = span.count == 0 ? "" : (deviceIsBehind ? "\u{2212}" : "+")
        return "\(sign)\(span.count) \(span.unit.rawValue)"
    }
}
