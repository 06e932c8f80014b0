import Locking

/// A sink that keeps everything written to it, for tests.
///
/// A lock guards the buffer so the sink is safely `Sendable` even when a
/// command writes from several tasks.
public final class CapturedText: TextSink {
    private let buffer = Locked("")

    public init() {}

    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    /// Everything written so far.
    public var text: String {
        buffer.withLock { $0 }
    }
}
