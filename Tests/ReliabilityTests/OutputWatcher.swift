import Foundation

/// Collects what a child writes to one pipe, on a background thread, and lets a test wait for a line.
///
/// Used on standard error to see the `FIELDKIT_CRASH_POINT` announcement the moment it is written,
/// while the child is still alive (ProcessRunner only reads after the child has exited).
final class OutputWatcher: @unchecked Sendable {
    // Safe: `text` and `ended` are touched only while holding `condition`.
    private let condition = NSCondition()
    private var text = ""
    private var ended = false

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { text += String(decoding: chunk, as: UTF8.self) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
    }

    /// Everything read so far.
    var contents: String {
        condition.lock()
        defer { condition.unlock() }
        return text
    }

    /// Waits until the text contains `needle` (true), or the pipe ends or `timeout` passes without it (false).
    func waitFor(_ needle: String, timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !text.contains(needle) {
            if ended || !condition.wait(until: deadline) { return text.contains(needle) }
        }
        return true
    }

    /// Waits until the pipe ends (the child and anything it started have closed it), at most `timeout`.
    func waitForEnd(timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !ended {
            if !condition.wait(until: deadline) { return ended }
        }
        return true
    }
}
