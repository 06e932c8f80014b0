import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server retention set`: changes how long contact details and notes are kept.
struct RetentionSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "set",
        abstract: "Set the contact retention, the note retention, or both.",
        discussion: """
        Periods are a whole number and a unit: h hours, d days, w weeks, y years (365 days);
        'off' keeps them for good. An option not given keeps its current setting. The new
        policy applies at the next run: now with 'fieldkit-server retention run', or within the
        hour while the server runs.
          fieldkit-server retention set --contact 30d --notes 2y
          fieldkit-server retention set --notes off
        Exit codes: 0 set; 64 usage (no option, a period that cannot be read, no store at --store); 74 I/O.
        """,
        arguments: [
            .option("contact", value: "period|off", help: "How long a note keeps its contact details, e.g. 30d."),
            .option("notes", value: "period|off", help: "How long a note is kept before it is erased whole, e.g. 2y."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        guard parsed.has("contact") || parsed.has("notes") else {
            throw CommandError.usage("give --contact PERIOD, --notes PERIOD or both (a period such as 30d, or off)")
        }
        for option in ["contact", "notes"] {
            if let text = parsed.string(option) { _ = try RetentionText.parsePeriod(text, option: option) }
        }
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        defer { try? store.close() }
        var policy = try ServerStoreAccess.run { try store.retentionPolicy() }
        if let text = parsed.string("contact") { policy.contact = try RetentionText.parsePeriod(text, option: "contact") }
        if let text = parsed.string("notes") { policy.notes = try RetentionText.parsePeriod(text, option: "notes") }
        let periods: [String: JSONValue] = ["contact_ms": policy.contact.map { .integer($0) } ?? .null,
                                            "notes_ms": policy.notes.map { .integer($0) } ?? .null]
        try CLIAudit.change(store) { try store.setRetentionPolicy(policy) } entry: { _ in
            CLIAudit.event(.retention, actor: nil, role: .admin, recordIDs: [], detail: ["policy_set": .object(periods)])
        }
        RetentionText.policy(policy).forEach { Console.print($0) }
        Console.print("It applies at the next run: 'fieldkit-server retention run' now, or within the hour while the server runs.")
    }
}
