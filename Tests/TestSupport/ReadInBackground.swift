import Foundation

/// Drains a pipe on another thread so a chatty child never blocks on a full pipe.
public final class ReadInBackground: @unchecked Sendable {
    // Safe: `data` is written once by the reading thread before `done` is signalled, and read only after waiting on it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    public init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    public func wait() -> Data {
        done.wait()
        return data
    }
}
