import FieldCore
import FieldStore
import HTTPKit

/// The device's clock: read from `FieldKit-Device-Time`, kept per token, and used to flag notes
/// whose recorded time looks wrong. All of it is bookkeeping, so none of it ever fails a request.
extension SyncHandlers {
    /// The offset (server minus device) from the request's `FieldKit-Device-Time` header, measured
    /// at `now`; nil without the header. A value that is not a whole number of milliseconds within
    /// ±(2^53 − 1) is ignored like a missing one: the header is optional, so it never costs a sync.
    static func clockOffset(_ request: HTTPRequest, now: Timestamp) -> ClockOffset? {
        guard let text = request.headers[SyncProtocol.deviceTimeHeader], let device = Int64(text),
              device.magnitude <= 9_007_199_254_740_991 else { return nil }
        return ClockOffset(milliseconds: now.milliseconds - device, measuredAt: now)
    }

    /// Whether the token's stored clock offset should be replaced by `offset`: when none is stored
    /// or it moved by more than 5 seconds (the request's transit time alone moves it a little).
    static func clockChanged(_ offset: ClockOffset?, since token: EnrolledToken) -> Bool {
        guard let offset else { return false }
        guard let stored = token.clockOffset else { return true }
        return (offset.milliseconds - stored.milliseconds).magnitude > 5_000
    }

    /// Flags the notes of a committed push whose recorded time looks wrong (RecordedTimeCheck).
    ///
    /// Best effort, like the last-sync stamp: the push is stored and answered whatever happens
    /// here; a failure is logged with the device only. Records the push left unchanged were judged
    /// when they first arrived. The store is touched only when the cheap check finds something.
    func flagRecordedTimes(_ records: [Record], changes: [MergeOutcome.Change], caller: AuthenticatedDevice, offset: ClockOffset?, now: Timestamp) {
        let arrived = zip(records, changes).filter { $0.1 != .unchanged }.map(\.0)
        let clock = RecordedTimeCheck.DeviceClock(
            device: caller.device, serverNow: now, offset: (offset ?? caller.token.clockOffset)?.milliseconds ?? 0,
            enrolledAt: caller.token.createdAt)
        guard arrived.contains(where: { !RecordedTimeCheck.flags(for: $0, clock: clock).isEmpty }) else { return }
        do {
            let flags = try gate.withStore { try $0.flagRecordedTimes(arrived, clock: clock) }
            if !flags.isEmpty { log.info("flagged \(flags.count) recorded time(s) as implausible device=\(caller.device.rawValue)") }
        } catch {
            log.info("could not flag recorded times of device=\(caller.device.rawValue): \(error)")
        }
    }
}
