import ArgumentKit
import FieldCore
import FieldStore
import Foundation
import HTTPKit
import SyncService

/// `fieldkit-server demo`: the whole loop on loopback with a temporary store, for a first look.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "demo",
        abstract: "Run the whole loop on this machine: a server, two laptops syncing the sample, a conflict to review.",
        discussion: """
        Starts a server with a temporary store, enrolls two officers and a coordinator, lets two
        simulated laptops record the Fixtures sample offline, edit one note at the same time and sync.
        Then it prints the review address and the coordinator's token. Ctrl-C stops it and removes
        everything it made.
        """,
        arguments: [
            .option("port", value: "n", help: "Port to listen on (default 8080; 0 picks a free one)."),
            .option("sample", value: "file", help: "The sample to record (default: Fixtures/sample.json)."),
        ])

    let port: Int
    let samplePath: String

    init(parsed: ParsedArguments) throws {
        port = try parsed.int("port") ?? 8080
        guard (0...65535).contains(port) else { throw CommandError.usage("--port must be 0 to 65535") }
        samplePath = parsed.string("sample") ?? "Fixtures/sample.json"
    }

    func run() throws {
        let sample = try loadSample()
        let folder = NSTemporaryDirectory() + "fieldkit-demo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try ServerStoreAccess.run { try CentralStore.openOrCreate(at: folder + "/server.sqlite") }
        // The sample's conversations happened before today: enroll its officers before the first
        // of them, so that the review pages do not flag every note as recorded before enrollment.
        let times = sample.stands.map(\.openedAt) + sample.notes.map(\.recordedAt)
        let enrolled = times.compactMap(ISO8601Format.parse).min() ?? .now()
        let tokens = try sample.officers.prefix(2).map { try enroll($0, role: .officer, in: store, at: enrolled) }
        let coordinatorToken = try enroll("Demo Coordinator", role: .coordinator, in: store)
        let gate = StoreGate(store)
        let log = ServerLog(sink: { _ in })
        let server = try startServer(gate: gate, log: log)
        let url = "http://127.0.0.1:\(server.port)"
        Console.print("listening on \(url)")
        Console.say("Simulating two laptops recording \(sample.notes.count) notes offline and syncing…")
        let conflicted = try DemoScenario(folder: folder, serverURL: URL(string: url)!).run(sample: sample, tokens: tokens)
        Console.print("review: \(url)/review")
        Console.print("coordinator token: \(coordinatorToken)")
        Console.say("Open the review address in a browser and sign in with the token. Note \(conflicted.prefix(8)) is in conflict.")
        Console.say("Press Ctrl-C to stop; the demo's files in \(folder) are then removed.")
        ProcessSignals.onTerminate { _ in server.stop() }
        server.waitUntilStopped()
        try ServerStoreAccess.run { try gate.close() }
        Console.say("Demo stopped; nothing left behind.")
    }

    private func loadSample() throws -> SampleFile {
        guard let data = FileManager.default.contents(atPath: samplePath) else {
            throw CommandError("cannot read \(samplePath); run the demo from the repository folder or pass --sample", exitCode: .noInput)
        }
        do {
            return try SampleFile.load(data)
        } catch {
            throw CommandError("\(samplePath) is not a fieldkit-sample/1 file", exitCode: .dataError)
        }
    }

    private func enroll(_ name: String, role: Role, in store: CentralStore, at time: Timestamp = .now()) throws -> String {
        let issued = TokenCodec.issue()
        try ServerStoreAccess.run {
            try store.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: name, role: role, at: time)
        }
        return issued.text
    }

    private func startServer(gate: StoreGate, log: ServerLog) throws -> HTTPServer {
        var configuration = ServerConfiguration()
        configuration.port = port
        let server = HTTPServer(configuration: configuration, handler: try ServerRoutes.router(gate: gate, log: log).handle)
        do {
            _ = try server.start()
        } catch {
            throw CommandError("cannot listen on 127.0.0.1:\(port) (\(error)); try --port 0", exitCode: .unavailable)
        }
        return server
    }
}
