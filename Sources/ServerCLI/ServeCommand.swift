import ArgumentKit
import FieldStore
import HTTPKit
import SyncService

/// `fieldkit-server serve`: runs the sync server and the coordinators' review pages until SIGINT or SIGTERM.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "serve",
        abstract: "Run the sync server and the review pages; prints 'listening on http://HOST:PORT' when ready.",
        discussion: """
        Stops gracefully on Ctrl-C or SIGTERM: requests in flight finish, then the store closes.
        Applies the retention policy ('fieldkit-server retention') at start and then every hour,
        logging one line of counts per run.
        """,
        arguments: [
            ServerStoreLocation.option,
            .option("host", value: "address", help: "Address to listen on (default 127.0.0.1; 0.0.0.0 for all)."),
            .option("port", value: "n", help: "Port to listen on (default 8080; 0 picks a free one)."),
            .option("max-connections", value: "n", help: maxConnectionsHelp),
        ])

    static let maxConnectionsHelp = "Connections served at once, one thread each (default \(ServerConfiguration.defaultMaxConnections), "
        + "1 to 10000); more are answered 503 and closed. Allow one per device that syncs at the same time."

    let parsed: ParsedArguments
    let configuration: ServerConfiguration

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        var configuration = ServerConfiguration()
        configuration.host = parsed.string("host") ?? "127.0.0.1"
        configuration.port = try parsed.int("port") ?? 8080
        configuration.maxConnections = try parsed.int("max-connections") ?? configuration.maxConnections
        guard (0...65535).contains(configuration.port) else { throw CommandError.usage("--port must be 0 to 65535") }
        guard (1...10_000).contains(configuration.maxConnections) else { throw CommandError.usage("--max-connections must be 1 to 10000") }
        self.configuration = configuration
    }

    func run() throws {
        let gate = StoreGate(try ServerStoreAccess.open(parsed))
        let log = ServerLog()
        let router = try ServerRoutes.router(gate: gate, log: log)
        let server = HTTPServer(configuration: configuration, handler: router.handle, log: { log.info($0) })
        let port: Int
        do {
            port = try server.start()
        } catch {
            throw CommandError("cannot listen on \(configuration.host):\(configuration.port) (\(error))", exitCode: .unavailable)
        }
        ProcessSignals.onTerminate { signal in
            log.info("signal \(signal): finishing requests in flight, then stopping")
            server.stop()
        }
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        // The retention policy runs now (catching up after a restore or a stop) and then hourly.
        let retention = RetentionSchedule(gate: gate, log: log)
        retention.start()
        Console.print("listening on http://\(host):\(port)")
        server.waitUntilStopped()
        retention.stop()
        try ServerStoreAccess.run { try gate.close() }
        log.info("stopped; store closed")
    }
}
