import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server retention run`: applies the policy now, or counts what it would erase.
struct RetentionRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "run",
        abstract: "Apply the retention policy now (also while the server runs).",
        discussion: """
        Erases in transactions of 500 notes, then removes the erased text from the store's
        files (the free-text index is rebuilt and the write-ahead log truncated).
          fieldkit-server retention run --dry-run     # would erase contact on 3 notes, would erase 0 notes
        Exit codes: 0 done; 64 usage or no store at --store; 74 I/O; 75 the erasures are stored but
        another program kept the log from being truncated: run again shortly.
        """,
        arguments: [
            .flag("dry-run", help: "Only count what would be erased; change nothing."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        defer { try? store.close() }
        let dryRun = parsed.flag("dry-run")
        let (policy, next) = try ServerStoreAccess.run { (try store.retentionPolicy(), try store.nextRetentionRun()) }
        guard !policy.isOff else {
            return Console.print("No retention policy is set, so nothing was erased; see 'fieldkit-server retention set'")
        }
        let report = try ServerStoreAccess.run { try RetentionRunner.run(dryRun: dryRun) { step in try step(store) } }
        Console.print("\(report.summary); next run \(RetentionText.nextRun(next))")
        guard report.compacted else {
            throw CommandError("another program is reading the store, so its log still holds erased text; "
                               + "run 'fieldkit-server retention run' again shortly", exitCode: .temporaryFailure)
        }
    }
}
