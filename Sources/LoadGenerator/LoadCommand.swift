import ArgumentKit
import Foundation

/// `fieldkit-load`: many simulated devices syncing with one server at once, then proof nothing was lost.
public struct LoadCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        name: "fieldkit-load",
        abstract: "Load a sync server with many devices syncing at once, measure it, and verify nothing was lost.",
        discussion: """
        Starts fieldkit-server serve --port 0 on a temporary store (or loads --url), enrolls one token
        per device, and runs every device on its own thread: each round it logs notes, edits notes
        other devices logged (some edits collide), then syncs with the real engine over HTTP/1.1.
        After two final syncs of every device it checks: no 5xx, 4xx, busy store or failed request;
        every note on the server exactly once; every write in the server's versions; every device's
        store equal to the server's records; the store sound and its log clean.
        --idle-probe instead opens cap+20 idle connections and checks the extra ones are refused
        with 503, the server keeps serving, and new connections work once they close.
        Exit status: 0 all checks passed, 1 a check failed, 64 usage, 69 no server, 74 temporary files.
        """,
        arguments: [
            .option("devices", value: "n", help: "Devices syncing at once, one thread each (default 200)."),
            .option("rounds", value: "n", help: "Rounds of write-then-sync per device (default 5)."),
            .option("notes-per-round", value: "n", help: "New notes per device per round (default 3)."),
            .option("edits-per-round", value: "n", help: "Edits per round to other devices' notes (default 2)."),
            .option("seed", value: "n", help: "Seed of what the devices write (default: random, printed; salted with --url)."),
            .option("client-nice", value: "n", help: "Lower the devices' CPU priority by n so they do not starve the server (default 10; 0 off)."),
            .option("max-connections", value: "n", help: "serve --max-connections for the started server; the cap the idle probe assumes."),
            .option("url", value: "url", help: "Load this running server instead of starting one (needs --store)."),
            .option("store", value: "path", help: "With --url: that server's store, where the devices are enrolled."),
            .option("server-binary", value: "path", help: "The fieldkit-server to start (default: the one next to fieldkit-load)."),
            .flag("keep", help: "Keep the started server's store and log, and print where they are."),
            .flag("idle-probe", help: "Probe the connection cap with idle connections instead of loading."),
            .flag("json", help: "Print the report as JSON."),
        ])

    let options: LoadOptions
    let idleProbe: Bool
    let json: Bool

    public init(parsed: ParsedArguments) throws {
        options = try LoadOptions(parsed: parsed)
        idleProbe = parsed.flag("idle-probe")
        json = parsed.flag("json")
        if options.url != nil, options.storePath == nil, !idleProbe {
            throw CommandError.usage("--url needs --store, the server's store, to enroll the devices")
        }
    }

    public func run() throws {
        do {
            if idleProbe { try probe() } else { try load() }
        } catch let failure as LoadFailure {
            switch failure {
            case .unavailable(let message): throw CommandError(message, exitCode: .unavailable)
            case .io(let message): throw CommandError(message, exitCode: .ioError)
            }
        }
    }

    private func load() throws {
        let replay = options.url == nil ? "replay with --seed \(options.seed)" : "salted with --url, so ids differ on a replay"
        Console.say("\(LoadReport.prefix) seed \(options.seed) (\(replay))")
        let report = try LoadRun(options: options, say: { Console.say("\(LoadReport.prefix) \($0)") }).run()
        if json { try JSONOutput.write(report) } else { report.lines.forEach(Console.print) }
        guard report.passed else { throw CommandError("\(report.failures.count) checks failed", exitCode: .failure) }
    }

    private func probe() throws {
        let report = try IdleProbe(options: options).run()
        if json { try JSONOutput.write(report) } else { report.lines.forEach(Console.print) }
        guard report.passed else { throw CommandError("\(report.failures.count) checks failed", exitCode: .failure) }
    }
}
