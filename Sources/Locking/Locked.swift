import Foundation

/// A value that is only touched while holding a lock: the shape of `Synchronization.Mutex`, on a
/// pthread mutex.
///
/// Why not `Mutex` itself: on Linux it is built on futexes, which ThreadSanitizer does not model,
/// so every access made under it is reported as a data race (a ten-line program with two threads
/// and one `Locked<[Int: Int]>` reproduces it). Those false reports would bury real ones in
/// `swift test --sanitize=thread`. `NSLock` is a pthread mutex, which TSan understands.
///
/// `@unchecked Sendable` is safe because the value is reachable only inside `withLock`, under the
/// lock; a closure that smuggles a reference to a non-Sendable value out breaks that, as it would
/// with `Mutex`, so callers return copies or Sendable results.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: sending Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
