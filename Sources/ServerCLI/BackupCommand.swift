import ArgumentKit
import FieldStore

/// `fieldkit-server backup`: a consistent copy of the server store, safe to make while `serve` runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "backup",
        abstract: "Copy the server store to a new file while the server keeps running; prints the copy's path and size.",
        discussion: """
        The copy is one consistent snapshot. It is written under a temporary name in the target's
        folder, checked with PRAGMA integrity_check and renamed only when complete, so a file with
        the final name is always a whole backup. An existing file is never overwritten. The copy
        has its own store id: after restoring it, each device's next sync pushes and pulls everything
        again, so what was pushed after the backup comes back from the laptops. Example (nightly, one file per day):
          fieldkit-server backup --store /var/lib/fieldkit/central.sqlite --to /var/backups/fieldkit/central-$(date +%F).sqlite
        Exit codes: 0 done; 64 usage; 65 not a FieldKit server store, or the copy failed its check;
        66 no store at that path; 73 the target exists or its folder cannot take it;
        74 reading the store or writing the copy failed (e.g. disk full); 75 the store is locked, try again.
        """,
        arguments: [
            ServerStoreLocation.option,
            .option("to", value: "file", help: "The backup file to create; it must not exist yet.", required: true),
        ])

    let parsed: ParsedArguments
    let target: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        target = try parsed.required("to")
        guard !target.isEmpty else { throw CommandError.usage("--to needs a file name") }
    }

    func run() throws {
        let source = ServerStoreLocation.resolve(option: parsed.string("store"))
        let bytes: Int64
        do {
            bytes = try StoreBackup.copyCentralStore(at: source, to: target)
        } catch let error as StoreError {
            throw CommandError(Self.message(for: error, source: source, target: target), exitCode: Self.exitCode(for: error))
        }
        Console.print("Backed up \(source) to \(target) (\(bytes) bytes, integrity ok)")
    }

    /// The one line for a failed backup. Only the copy is written, so a full disk is the target's.
    static func message(for error: StoreError, source: String, target: String) -> String {
        switch error {
        case .noStore:
            return "no FieldKit server store at \(source); give --store PATH or set \(ServerStoreLocation.environmentVariable)"
        case .storage(let failure) where error.storageCondition == .diskFull:
            return "no room to write the backup \(target) (disk full or a file-size limit), so no backup was written (\(failure))"
        case .storage:
            return "the backup of \(source) failed, so no backup was written: \(error.description)"
        default:
            return error.description.replacingOccurrences(of: "FieldKit store", with: "FieldKit server store")
        }
    }

    /// The documented exit code of each failure (see the discussion above).
    static func exitCode(for error: StoreError) -> ExitCode {
        switch error {
        case .noStore: return .noInput
        case .backupTargetExists, .backupTargetUnusable: return .cannotCreate
        case .storage: return error.storageCondition == .busy ? .temporaryFailure : .ioError
        default: return .dataError
        }
    }
}
