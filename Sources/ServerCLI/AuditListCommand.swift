import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server audit list`: the audit trail, newest first, filtered by actor, record or dates.
struct AuditListCommand: ParsableCommand {
    static let maximumLimit = 100_000

    static let configuration = CommandConfiguration(
        name: "list",
        abstract: "List audit entries, newest first, by actor, record or dates; prints 'N entries' on stderr.",
        discussion: """
        Times are local, with their UTC offset. A day (YYYY-MM-DD) is a local day, and --until
        includes all of it; an ISO 8601 time with its zone (2026-11-20T14:00+01:00) is exact.
          fieldkit-server audit list --record 3f2a9c1e-0b7d-4c55-9d1e-2b8f6a0c4e11
          fieldkit-server audit list --actor "Carla Smit" --since 2026-11-01 --until 2026-11-30 --json
        """,
        arguments: [
            .option("actor", value: "name", help: "Only entries by this officer or coordinator (any letter case)."),
            .option("record", value: "id", help: "Only entries naming this record (its full id)."),
            .option("since", value: "date", help: "Only entries from this local day (YYYY-MM-DD) or time (ISO 8601) on."),
            .option("until", value: "date", help: "Only entries up to this local day (all of it) or time."),
            .option("limit", value: "n", help: "At most this many entries, 1 to \(maximumLimit) (default 100)."),
            .flag("json", help: "Print a JSON array of entries (seq, at, actor, role, device, action, record_ids, detail, prev_hash, hash)."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let filter: AuditFilter

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        let limit = try parsed.int("limit") ?? 100
        guard (1...Self.maximumLimit).contains(limit) else { throw CommandError.usage("--limit must be 1 to \(Self.maximumLimit), got \(limit)") }
        let since = try parsed.string("since").map { try Self.time($0, option: "since", endOfDay: false) }
        let before = try parsed.string("until").map { try Self.time($0, option: "until", endOfDay: true) }
        if let since, let before, since >= before { throw CommandError.usage("--since is after --until; nothing could match") }
        filter = AuditFilter(actor: try ReviewFilterOptions.text(parsed, "actor"), recordID: try ReviewFilterOptions.text(parsed, "record"),
                             since: since, before: before, limit: limit)
    }

    func run() throws {
        let store = try AuditCommand.openStore(parsed)
        defer { try? store.close() }
        var wider = filter
        wider.limit += 1
        let found = try ServerStoreAccess.run { try store.auditEntries(wider) }
        let entries = Array(found.prefix(filter.limit))
        if parsed.flag("json") {
            try JSONOutput.write(entries.map(AuditEntryJSON.init))
        } else if !entries.isEmpty {
            Console.output.write(AuditText.table(entries))
        }
        let counted = "\(entries.count) \(entries.count == 1 ? "entry" : "entries")"
        Console.say(found.count > filter.limit ? counted + " shown, newest first; more match (raise --limit)" : counted)
    }

    /// `--since`/`--until` as a time: a local day's start (for `--until`, the next day's start), or an exact
    /// ISO 8601 time (for `--until`, 1 ms after it, so that moment is included).
    static func time(_ text: String, option: String, endOfDay: Bool) throws -> Timestamp {
        if let day = LocalTime.startOfDay(text) {
            return endOfDay ? (LocalTime.startOfDay(text, dayOffset: 1) ?? day) : day
        }
        guard text.count > 10, let exact = ISO8601Format.parse(text) else {
            throw CommandError.usage("--\(option) expects a day like 2026-11-20 or a time like 2026-11-20T14:00+01:00, got '\(text)'")
        }
        return endOfDay ? exact.adding(milliseconds: 1) : exact
    }
}
