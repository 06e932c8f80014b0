/// Where the server listens and the limits that keep one client from exhausting it.
public struct ServerConfiguration: Sendable {
    /// "127.0.0.1", "::1", "0.0.0.0", "::" or "localhost" (which binds IPv4 127.0.0.1 first).
    public var host: String = "127.0.0.1"
    /// 0 asks the kernel for a free port; `HTTPServer.start()` returns the real one.
    public var port: Int = 0
    /// Largest header section (request line, fields, final CRLF); beyond it: 431.
    public var maxHeaderBytes = 16 * 1024
    /// Most header field lines; beyond it: 431.
    public var maxHeaderCount = 100
    /// Largest body, declared or chunked; beyond it: 413 and the connection closes.
    public var maxBodyBytes = 8 * 1024 * 1024
    /// Most open connections; one more is answered 503 (`Connection: close`) and closed at once.
    ///
    /// Each connection holds one thread, and a kept-alive device holds its connection while it
    /// syncs, so the cap is the number of devices that can sync at once. 256 threads are cheap
    /// (their stacks are mostly untouched) and leave room for the 200 devices syncing together
    /// that `fieldkit-load` simulates by default.
    public static let defaultMaxConnections = 256
    public var maxConnections = ServerConfiguration.defaultMaxConnections
    /// Longest wait for any byte: mid-request it ends with 408; before a first request the connection just closes.
    public var readTimeout: Duration = .seconds(10)
    /// Longest time for a whole request (head and body) to arrive, counted from its first byte: defeats slowloris.
    public var requestTimeout: Duration = .seconds(30)
    /// Longest silence between requests on a kept-alive connection before it is closed quietly.
    public var keepAliveIdleTimeout: Duration = .seconds(15)
    /// Requests served on one connection before it is closed (`Connection: close` on the last).
    public var maxRequestsPerConnection = 1000

    public init(host: String = "127.0.0.1", port: Int = 0) {
        self.host = host
        self.port = port
    }
}
