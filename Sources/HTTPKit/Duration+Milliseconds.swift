extension Duration {
    /// This duration as a poll(2) timeout: whole milliseconds rounded up, clamped to Int32, never negative.
    ///
    /// Rounding up keeps a wait of 0.4 ms from becoming a busy loop of zero-timeout polls.
    var pollMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        if seconds < 0 || (seconds == 0 && attoseconds <= 0) { return 0 }
        let perMillisecond: Int64 = 1_000_000_000_000_000
        let fraction = (attoseconds + perMillisecond - 1) / perMillisecond
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        if overflow { return Int32.max }
        return Int32(clamping: scaled + fraction)
    }

    /// This duration in whole milliseconds, for log lines.
    var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
