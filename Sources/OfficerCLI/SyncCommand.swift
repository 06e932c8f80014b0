import ArgumentKit
import FieldCore
import FieldStore
import Foundation
import SyncClient

/// `fieldkit sync`: pushes this device's changes, then pulls everyone else's.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "sync",
        abstract: "Send your notes to the server and receive the merged notes of others.",
        discussion: """
        Safe to interrupt and to repeat: each batch is checkpointed only once it is stored, and
        sending a batch twice changes nothing. Exit 75 means try again later (no network, server
        busy); 69 means the server refused (token, device) and someone must act.
        """,
        arguments: [
            .flag("json", help: "Print the summary as JSON."),
            .option("batch-size", value: "n",
                    help: "Records per push batch and per pull page (1 to \(SyncProtocol.maximumPushRecords), default 500); smaller loses less on a bad link."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    /// Records per push batch and per pull page. The crash tests use small batches to get many checkpoints cheaply.
    let batchSize: Int

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        batchSize = try parsed.int("batch-size") ?? 500
        guard (1...SyncProtocol.maximumPushRecords).contains(batchSize) else {
            throw CommandError.usage("--batch-size must be 1 to \(SyncProtocol.maximumPushRecords)")
        }
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        guard let settings = try StoreAccess.run({ try store.serverSettings() }), let url = URL(string: settings.url) else {
            throw CommandError.usage(SyncFailure.notConfigured.description)
        }
        let transport = HTTPSyncTransport(baseURL: url, token: settings.token, device: store.identity.deviceID)
        let display = SyncProgressDisplay(enabled: Terminal.isInteractive && !parsed.flag("json"))
        let engine = SyncEngine(store: store, transport: transport, batchSize: batchSize, pageSize: batchSize, progress: display.show)
        do {
            let report = try engine.run()
            display.finish()
            try summarise(report, store: store)
            if let warning = ClockWarning.text(report.clockOffset) { Console.say(warning) }
        } catch let failure as SyncFailure {
            display.finish()
            throw try Self.explain(failure, store: store)
        }
    }

    private func summarise(_ report: SyncReport, store: LocalStore) throws {
        let conflicts = try StoreAccess.run { try store.status().conflictedNotes }
        if parsed.flag("json") {
            return try JSONOutput.write([
                "pushed_notes": report.pushedNotes, "pushed_records": report.pushedRecords,
                "pulled_records": report.pulledRecords, "new_conflicts": report.newConflicts, "conflicts": conflicts,
            ])
        }
        Console.print("Synced: pushed \(report.pushedNotes) note\(report.pushedNotes == 1 ? "" : "s"), "
                      + "pulled \(report.pulledRecords), \(conflicts) conflict\(conflicts == 1 ? "" : "s")"
                      + (conflicts > 0 ? " (see 'fieldkit conflicts')" : ""))
    }

    /// The failure in plain words, with the reassurance that local notes are safe, and its exit code.
    static func explain(_ failure: SyncFailure, store: LocalStore) throws -> CommandError {
        let unsynced = (try? store.status().unsyncedNotes) ?? 0
        let safe = "your \(unsynced) unsynced note\(unsynced == 1 ? " is" : "s are") safe on this device"
        switch failure {
        case .unreachable:
            return CommandError("server not reachable; \(safe). Try again when you are online.", exitCode: .temporaryFailure)
        case .untrustedServer:
            return CommandError("\(failure.description); \(safe). Ask your admin to check the server's certificate.",
                                exitCode: .unavailable)
        case .rejected(let status, let code, let message) where failure.isTemporary:
            return CommandError("the server could not take the sync now (\(status) \(code): \(message)); \(safe). Try again later.",
                                exitCode: .temporaryFailure)
        case .rejected(401, _, let message):
            return CommandError("the server did not accept this device's token (\(message)); \(safe). Ask your admin for a new token.",
                                exitCode: .unavailable)
        default:
            return CommandError("\(failure.description); \(safe).", exitCode: .unavailable)
        }
    }
}
