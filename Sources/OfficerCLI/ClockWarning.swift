import FieldCore

/// The line that tells an officer their laptop's clock is off, since every note is stamped with it.
enum ClockWarning {
    /// `warning: this laptop's clock is 12 minutes behind the server's; …`, or nil within 5 minutes.
    static func text(_ offset: ClockOffset?) -> String? {
        guard let offset, offset.deservesWarning else { return nil }
        let span = AgePeriod.approximately(milliseconds: offset.milliseconds).english
        let side = offset.deviceIsBehind ? "behind" : "ahead of"
        return "warning: this laptop's clock is \(span) \(side) the server's; note times may be wrong. Fix the clock (timedatectl)"
    }

    /// `2 seconds behind the server (at the last sync, 2026-11-29 15:02)`, for the status table.
    static func summary(_ offset: ClockOffset?) -> String {
        guard let offset else { return "not measured yet (sync once)" }
        let span = AgePeriod.approximately(milliseconds: offset.milliseconds)
        let relation = span.count == 0 ? "same as the server" : "\(span.english) \(offset.deviceIsBehind ? "behind" : "ahead of") the server"
        return "\(relation) (at the last sync, \(LocalTime.format(offset.measuredAt)))"
    }
}
