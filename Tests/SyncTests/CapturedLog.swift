import SyncService
import Locking

/// A server log that keeps its lines, so a test can read what the server would have written.
final class CapturedLog: Sendable {
    private let stored = Locked<[String]>([])

    /// The log to give the router; each line lands here.
    var log: ServerLog {
        ServerLog { line in self.stored.withLock { $0.append(line) } }
    }

    var lines: [String] {
        stored.withLock { $0 }
    }
}
