import ArgumentKit
import FieldStore
import Foundation

/// `fieldkit-server audit`: the tamper-evident record of who pushed, pulled, viewed, exported and changed which notes.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "audit",
        abstract: "Check and read the audit trail: who synced, viewed, exported or changed which records, and when.",
        discussion: """
        The server appends an entry for every push, every pull that served records, every
        coordinator's view of a note (web page or 'review show'), every export, resolve,
        assignment and follow-up change. Entries name people, devices and record ids, never
        what a note says. Each entry carries the hash of the one before it, so an entry changed
        or removed behind the server's back shows in 'audit verify'.
          fieldkit-server audit verify
          fieldkit-server audit list --record 3f2a9c1e-... --since 2026-11-01
        """,
        subcommands: [AuditVerifyCommand.self, AuditListCommand.self])

    init(parsed: ParsedArguments) {}

    func run() {}

    /// Opens the existing store of `--store`; a missing one is exit 66 (no input), never created.
    static func openStore(_ parsed: ParsedArguments) throws -> CentralStore {
        let path = ServerStoreLocation.resolve(option: parsed.string("store"))
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError("no FieldKit server store at \(path); give --store PATH or set \(ServerStoreLocation.environmentVariable)",
                               exitCode: .noInput)
        }
        return try ServerStoreAccess.run { try CentralStore.open(at: path) }
    }
}
