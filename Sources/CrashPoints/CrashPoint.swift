#if DEBUG
import Foundation
#endif

/// Test-only stops in the sync path, so a crash test can SIGKILL a process at an exact step.
///
/// In a debug build, when `FIELDKIT_CRASH_AT` names a point (see `CrashTarget`), reaching it
/// writes `FIELDKIT_CRASH_POINT <name>` to standard error and blocks the calling thread forever;
/// the test waits for that line and kills the process from outside. Stopping rather than
/// exiting keeps the kill a real SIGKILL with the process frozen mid-step, and keeps signals
/// and Glibc out of the product. In a release build `reach` is empty and inlined away.
public enum CrashPoint {
    #if DEBUG
    /// The line a stopped process writes before blocking, followed by the point's name.
    public static let announcement = "FIELDKIT_CRASH_POINT"

    /// Stops here forever if this is the point (and occurrence) the environment names.
    public static func reach(_ point: CrashPointName) {
        guard let target = CrashTarget.configured, target.isHit(by: point) else { return }
        FileHandle.standardError.write(Data("\(announcement) \(point.rawValue)\n".utf8))
        while true { Thread.sleep(forTimeInterval: 3600) }
    }
    #else
    /// Does nothing: crash points exist in debug builds only.
    @inlinable @inline(__always)
    public static func reach(_ point: CrashPointName) {}
    #endif
}
