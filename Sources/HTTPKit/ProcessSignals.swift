import Dispatch
import Synchronization

/// Turns SIGINT and SIGTERM into a callback, so the process can stop its server gracefully.
public enum ProcessSignals {
    /// Keeps the dispatch sources alive for the life of the process.
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    /// Calls `handler` with the signal number on each SIGINT or SIGTERM, on a dispatch queue.
    ///
    /// The signals' default action (exit) is ignored first, so the handler decides when to exit.
    /// SIGPIPE is ignored too: a client that disappears must be an error, not the end of the process.
    /// So is SIGXFSZ: a write past the file-size limit (`ulimit -f`) must fail with EFBIG, which the
    /// store reports as a full disk, rather than kill the server with a core dump.
    /// Returns once the sources are registered (at most a few seconds): libdispatch installs its own
    /// signal action only at registration, and a signal arriving before that would meet SIG_IGN and be lost.
    public static func onTerminate(_ handler: @escaping @Sendable (Int32) -> Void) {
        SystemCalls.ignoreSignal(SystemCalls.brokenPipeSignal)
        SystemCalls.ignoreSignal(SystemCalls.fileSizeLimitSignal)
        let registered = DispatchGroup()
        for number in [SystemCalls.interruptSignal, SystemCalls.terminateSignal] {
            SystemCalls.ignoreSignal(number)
            registered.enter()
            // Made inside the lock so the source never exists outside the mutex's region.
            sources.withLock { sources in
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { handler(number) }
                source.setRegistrationHandler { registered.leave() }
                source.resume()
                sources.append(source)
            }
        }
        _ = registered.wait(timeout: .now() + .seconds(5))
    }
}
