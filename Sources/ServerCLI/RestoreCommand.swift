import ArgumentKit
import FieldStore

/// `fieldkit-server restore`: puts the server store back from a backup, keeping the store it replaces.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "restore",
        abstract: "Put the server store back from a backup (server stopped); the replaced store is kept beside it.",
        discussion: """
        Stop the server first: a store that a running server (or any program) has open is refused.
        The store at --store is never deleted: its log is written into it and it is renamed to
        PATH.replaced-<UTC time>. The backup is copied under a temporary name, checked with
        PRAGMA integrity_check and renamed into place. The restored store gets a new store id, so
        each laptop's next 'fieldkit sync' pushes everything again and pulls from the start; for
        --relay-days days it also accepts what the laptops hold of each other's edits made after
        the backup (relays, each one logged), which the server would otherwise refuse as forged.
        Ask every officer to sync within that window. The retention policy the backup holds is
        applied to the restored store at once. Example:
          fieldkit-server restore --from /var/backups/fieldkit/central-2026-09-04.sqlite --store /var/lib/fieldkit/central.sqlite
        Exit codes: 0 done; 64 usage; 65 the backup or the store is not a FieldKit server store, or
        the copy failed its check; 66 no backup at that path; 73 the store's folder cannot take the
        copy; 74 reading or writing failed (e.g. disk full); 75 a server or another program is using
        the store: stop it first, then restore again.
        """,
        arguments: [
            .option("from", value: "backup", help: "The backup file to restore (made by 'fieldkit-server backup').", required: true),
            ServerStoreLocation.option,
            .option("relay-days", value: "n",
                    help: "Days the restored server accepts laptops' copies of each other's newer edits (1 to \(RelayWindow.maximumDays), default \(RelayWindow.defaultDays))."),
        ])

    let parsed: ParsedArguments
    let backup: String
    let relayDays: Int

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        backup = try parsed.required("from")
        guard !backup.isEmpty else { throw CommandError.usage("--from needs a backup file") }
        relayDays = try parsed.int("relay-days") ?? RelayWindow.defaultDays
        guard (1...RelayWindow.maximumDays).contains(relayDays) else {
            throw CommandError.usage("--relay-days must be 1 to \(RelayWindow.maximumDays)")
        }
    }

    func run() throws {
        let store = ServerStoreLocation.resolve(option: parsed.string("store"))
        let summary: RestoreSummary
        do {
            summary = try StoreRestore.restore(from: backup, into: store, relayDays: relayDays)
        } catch let error as StoreError {
            throw CommandError(Self.message(for: error, backup: backup), exitCode: Self.exitCode(for: error))
        }
        for line in Self.report(summary, relayDays: relayDays) { Console.print(line) }
        try applyRetention(to: store)
    }

    /// Applies the retention policy to the restored store at once: an old backup still holds what
    /// was erased after it was made, and must not serve it to anyone until the server's first run.
    private func applyRetention(to path: String) throws {
        let store = try ServerStoreAccess.run { try CentralStore.open(at: path) }
        defer { try? store.close() }
        guard !(try ServerStoreAccess.run { try store.retentionPolicy() }.isOff) else { return }
        let report = try ServerStoreAccess.run { try RetentionRunner.run { step in try step(store) } }
        Console.print("Applied the retention policy to the restored store: \(report.summary).")
    }

    /// What was done, and what the admin must tell the officers and coordinators.
    static func report(_ summary: RestoreSummary, relayDays: Int) -> [String] {
        let until = summary.relayWindow.end.map(UTCTime.labelled) ?? "-"
        return [
            "Restored \(summary.backup) to \(summary.store) (\(summary.notes == 1 ? "1 note" : "\(summary.notes) notes"), "
                + "integrity ok, new store id \(summary.storeID)).",
            summary.replacedStoreKeptAt.map { "Kept the replaced store as \($0); nothing was deleted." }
                ?? "There was no store at \(summary.store); nothing was replaced.",
            "Until \(until) the server accepts laptops' copies of each other's edits made after the backup (each one is logged).",
            "Ask every officer to run 'fieldkit sync' within \(relayDays) days, before \(until); nothing else is needed on the laptops.",
            "Coordinators can go on working: their changes now carry a new actor id, so none collides with one the backup missed.",
            "Enroll or revoke again any token changed after the backup: the restored store has the tokens of the backup's day.",
            "Repeat any 'fieldkit-server erase' or 'retention set' made after the backup: the backup does not have them.",
            "Then start the server again: fieldkit-server serve --store \(summary.store)",
        ]
    }

    /// The one line for a failed restore.
    static func message(for error: StoreError, backup: String) -> String {
        switch error {
        case .noStore:
            return "no backup at \(backup); give the file made by 'fieldkit-server backup' with --from"
        case .backupTargetUnusable(let path, let reason):
            return "cannot write the restored store beside \(path): \(reason); nothing was changed"
        case .backupTargetExists(let path):
            return "a file appeared at \(path) while restoring; it was left untouched, nothing was restored"
        case .damagedCopy(let source, let problem):
            return "the copy of \(source) failed its integrity check (\(problem)); the store was not replaced"
        case .storage:
            return "the restore failed, so the store was not replaced: \(error.description)"
        default:
            return error.description.replacingOccurrences(of: "FieldKit store", with: "FieldKit server store")
        }
    }

    /// The documented exit code of each failure (see the discussion above).
    static func exitCode(for error: StoreError) -> ExitCode {
        switch error {
        case .noStore: return .noInput
        case .restoreOntoItself: return .usage
        case .storeInUse: return .temporaryFailure
        case .backupTargetExists, .backupTargetUnusable, .restoreTargetUnusable: return .cannotCreate
        case .storage: return error.storageCondition == .busy ? .temporaryFailure : .ioError
        default: return .dataError
        }
    }
}
