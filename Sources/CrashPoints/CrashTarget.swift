#if DEBUG
import Foundation
import Synchronization

/// The one crash point a test asked this process to stop at, from `FIELDKIT_CRASH_AT`.
///
/// The variable holds a point's name, optionally with `@N` to stop the Nth time it is reached
/// (the first time without it). Debug builds only; read once, so an unset variable costs one
/// check per point.
final class CrashTarget: Sendable {
    static let environmentVariable = "FIELDKIT_CRASH_AT"

    /// The target of this process, nil when the variable is unset or names no known point.
    static let configured: CrashTarget? = ProcessInfo.processInfo.environment[environmentVariable].flatMap(CrashTarget.init)

    let name: CrashPointName
    let occurrence: Int
    private let reached = Mutex(0)

    /// Parses `name` or `name@N` (N from 1); anything else gives nil.
    init?(_ text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let name = CrashPointName(rawValue: String(parts[0])) else { return nil }
        let occurrence = parts.count == 2 ? Int(parts[1]) : 1
        guard let occurrence, occurrence >= 1 else { return nil }
        self.name = name
        self.occurrence = occurrence
    }

    /// Counts one more passage through `point`; true exactly when this passage is the one to stop at.
    func isHit(by point: CrashPointName) -> Bool {
        guard point == name else { return false }
        return reached.withLock { count in
            count += 1
            return count == occurrence
        }
    }
}
#endif
