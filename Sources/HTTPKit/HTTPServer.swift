import Dispatch
import Locking

/// An HTTP/1.1 server on POSIX sockets: one accept thread, one thread per connection, bounded everywhere.
///
/// Threads rather than async tasks because every connection blocks in poll; the number of threads is
/// capped by `maxConnections`. All mutable state sits in one `Locked` value.
public final class HTTPServer: Sendable {
    public let configuration: ServerConfiguration
    private let handler: HTTPHandler
    let log: (@Sendable (String) -> Void)?
    let state = Locked(ServerState())
    /// One entry per connection thread.
    let connectionThreads = DispatchGroup()
    /// Entered while the accept thread runs.
    private let acceptThread = DispatchGroup()
    /// Entered from a successful `start()` until `stop()` has finished.
    private let lifetime = DispatchGroup()

    /// Makes a server; nothing is bound until `start()`.
    ///
    /// `log` receives one line per request (method, path without query, status, body bytes, milliseconds)
    /// and lifecycle events. It never receives header values, bodies or query strings.
    public init(
        configuration: ServerConfiguration, handler: @escaping HTTPHandler,
        log: (@Sendable (String) -> Void)? = nil
    ) {
        self.configuration = configuration
        self.handler = handler
        self.log = log
    }

    /// The bound port; 0 before `start()`.
    public var port: Int {
        state.withLock { $0.port }
    }

    /// Binds, listens and starts accepting; returns the bound port (the real one when 0 was asked for).
    @discardableResult
    public func start() throws -> Int {
        SystemCalls.ignoreSignal(SystemCalls.brokenPipeSignal)
        let port = try state.withLock { state throws -> Int in
            switch state.phase {
            case .idle: break
            case .running: throw HTTPServerError.alreadyStarted
            case .stopping, .stopped: throw HTTPServerError.alreadyStopped
            }
            let signal = try StopSignal()
            let backlog = Int32(clamping: max(128, configuration.maxConnections))
            let listener = try Socket.listening(host: configuration.host, port: configuration.port, backlog: backlog)
            do {
                let port = try listener.localPort()
                try startAccepting(listener, context: ConnectionContext(
                    configuration: configuration, handler: handler, log: log, stopSignal: signal))
                (state.phase, state.port, state.stopSignal) = (.running, port, signal)
                return port
            } catch {
                listener.close()
                throw error
            }
        }
        log?("listening on \(configuration.host) port \(port)")
        return port
    }

    private func startAccepting(_ listener: Socket, context: ConnectionContext) throws {
        lifetime.enter()
        acceptThread.enter()
        do {
            try SystemCalls.spawnThread { [self] in
                acceptLoop(listener, context: context)
                acceptThread.leave()
            }
        } catch {
            acceptThread.leave()
            lifetime.leave()
            throw error
        }
    }

    /// Stops gracefully: refuses new connections, lets in-flight requests finish, closes idle connections.
    ///
    /// After `grace`, connections still open are shut down. Returns once every connection thread is done
    /// (a handler that never returns therefore blocks this call). Idempotent; concurrent callers all wait.
    public func stop(grace: Duration = .seconds(10)) {
        let signal: StopSignal? = state.withLock { state in
            switch state.phase {
            case .running:
                state.phase = .stopping
                return state.stopSignal
            case .idle:
                state.phase = .stopped
                return nil
            case .stopping, .stopped:
                return nil
            }
        }
        guard let signal else {
            lifetime.wait()
            return
        }
        signal.raise()
        acceptThread.wait()
        let open = state.withLock { $0.connections.count }
        log?("stopping: listener closed, \(open) connection(s) open, grace \(grace.wholeMilliseconds)ms")
        if connectionThreads.wait(timeout: .now() + .milliseconds(grace.wholeMilliseconds)) == .timedOut {
            let forced = state.withLock { state in
                state.connections.values.forEach { $0.shutdownBoth() }
                return state.connections.count
            }
            log?("grace period over: force-closed \(forced) connection(s)")
            connectionThreads.wait()
        }
        state.withLock { state in
            state.phase = .stopped
            state.stopSignal = nil
        }
        log?("stopped")
        lifetime.leave()
    }

    /// Blocks until `stop()` has finished; returns at once if the server never started.
    public func waitUntilStopped() {
        lifetime.wait()
    }
}
