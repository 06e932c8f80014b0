import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server audit verify`: checks the audit chain and names its first broken entry.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "verify",
        abstract: "Check the audit trail's hash chain; name the first entry that was changed or removed.",
        discussion: """
        Prints one line: 'audit chain intact: N entries, last TIME, head hash H' (exit 0), or
        'audit chain broken at entry N (TIME, ACTION): what is wrong' (exit 65). Keep the head
        hash somewhere else now and then (a ticket, a mail): someone able to rewrite the whole
        store file could recompute every hash, and only a head kept elsewhere shows that.
        Exit codes: 0 intact; 64 usage; 65 broken, or not a FieldKit server store; 66 no store at
        that path; 74 the store could not be read.
        """,
        arguments: [ServerStoreLocation.option])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let store = try AuditCommand.openStore(parsed)
        defer { try? store.close() }
        switch try ServerStoreAccess.run({ try store.verifyAudit() }) {
        case .intact(let count, let last):
            Console.print(Self.intactLine(count: count, last: last))
        case .broken(let broken):
            throw CommandError(Self.brokenLine(broken), exitCode: .dataError)
        }
    }

    /// `audit chain intact: 12 entries, last 2026-11-20 10:03:12 +01:00, head hash 9f86d081884c7d65`
    static func intactLine(count: Int, last: AuditEntry?) -> String {
        guard let last else { return "audit chain intact: 0 entries" }
        return "audit chain intact: \(count) \(count == 1 ? "entry" : "entries"), last \(LocalTime.format(last.at)), "
            + "head hash \(last.hash.prefix(16))"
    }

    /// `audit chain broken at entry 7 (2026-11-20 10:03:12 +01:00, view): its contents do not match its hash, ...`
    static func brokenLine(_ broken: AuditBreak) -> String {
        let entry = broken.entry.map { " (\(LocalTime.format($0.at)), \($0.event.action))" } ?? ""
        return "audit chain broken at entry \(broken.seq)\(entry): \(broken.problem)"
    }
}
