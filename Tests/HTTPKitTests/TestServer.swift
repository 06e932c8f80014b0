import HTTPKit
import Locking

/// Starts servers on port 0 for live tests and stops them when the test ends.
enum TestServer {
    /// Answers "METHOD path bodyLength" so tests can see what the server parsed.
    static let echo: HTTPHandler = { request in
        .text(.ok, "\(request.method) \(request.path) \(request.body.count)")
    }

    static func configuration(_ edit: (inout ServerConfiguration) -> Void = { _ in }) -> ServerConfiguration {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        edit(&configuration)
        return configuration
    }

    /// Runs `body` with a started server's port; the server is stopped afterwards, whatever happens.
    @discardableResult
    static func with<T>(
        _ configuration: ServerConfiguration = configuration(), handler: @escaping HTTPHandler = echo,
        log: (@Sendable (String) -> Void)? = nil, _ body: (HTTPServer, Int) throws -> T
    ) throws -> T {
        let server = HTTPServer(configuration: configuration, handler: handler, log: log)
        let port = try server.start()
        defer { server.stop(grace: .seconds(5)) }
        return try body(server, port)
    }
}

/// Collects log lines from the server's threads.
final class LogRecorder: Sendable {
    private let lines = Locked<[String]>([])

    var sink: @Sendable (String) -> Void {
        { [self] line in lines.withLock { $0.append(line) } }
    }

    var all: [String] {
        lines.withLock { $0 }
    }
}
