import ArgumentKit
import FieldStore

/// `fieldkit-server retention show`: the policy, the last run and the next.
struct RetentionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "show",
        abstract: "Show the retention policy, what the last run erased, and when the next runs.",
        arguments: [ServerStoreLocation.option])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        defer { try? store.close() }
        let (policy, last, next) = try ServerStoreAccess.run {
            (try store.retentionPolicy(), try store.lastRetentionRun(), try store.nextRetentionRun())
        }
        RetentionText.policy(policy).forEach { Console.print($0) }
        Console.print("Last run:        " + (last.map { "\(UTCTime.labelled($0.at)): \($0.summary)" } ?? "never"))
        Console.print("Next run:        " + (policy.isOff ? "none while no retention is set" : RetentionText.nextRun(next)))
    }
}
