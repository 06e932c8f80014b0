import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit purge`: removes old notes from this laptop once the server has them. Not a delete:
/// nothing of it is pushed, so the server and other devices keep the notes.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "purge",
        abstract: "Remove old synced notes from this laptop only; not a delete.",
        discussion: """
        A note goes when the server has acknowledged every change made to it here and it was
        last synced (acknowledged, or changed by a pull) longer ago than the period. Notes not
        yet synced are never purged. The server and other laptops keep every note, and a sync
        does not bring purged notes back. Closed stands go once none of their notes remain.
          fieldkit purge --synced-before 14d --dry-run
          fieldkit purge --synced-before 14d
        """,
        arguments: [
            .option("synced-before", value: "period", help: "How long ago: a whole number of hours, days or weeks (36h, 14d, 2w).",
                    required: true),
            .flag("dry-run", help: "List what would be purged; remove nothing."),
            .flag("json", help: "Print a JSON object."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let period: AgePeriod

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        let text = try parsed.required("synced-before")
        guard let period = AgePeriod(parsing: text) else {
            throw CommandError.usage("--synced-before expects a whole number of hours, days or weeks such as 36h, 14d or 2w, got '\(text)'")
        }
        self.period = period
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let now = Timestamp.now()
        let cutoff = now.adding(milliseconds: -period.milliseconds)
        let dryRun = parsed.flag("dry-run")
        let report = try StoreAccess.run { try store.purge(syncedBefore: cutoff, dryRun: dryRun, at: now) }
        if parsed.flag("json") { return try JSONOutput.write(PurgeJSON(report)) }
        if dryRun {
            report.notes.forEach { Console.print(Self.line($0)) }
            report.stands.forEach { Console.print(Self.line($0)) }
        }
        Console.print(Self.summary(report))
    }

    /// `purged 3 notes synced before 2026-11-15 14:02; kept 1 not yet synced`, or in a dry run what would be.
    static func summary(_ report: PurgeReport) -> String {
        let notes = "\(report.notes.count) note\(report.notes.count == 1 ? "" : "s")"
        let stands = report.stands.isEmpty ? "" : " and \(report.stands.count) stand\(report.stands.count == 1 ? "" : "s")"
        let before = "synced before \(LocalTime.format(report.cutoff))"
        return report.dryRun
            ? "would purge \(notes)\(stands) \(before); would keep \(report.keptUnsynced) not yet synced (dry run: nothing removed)"
            : "purged \(notes)\(stands) \(before); kept \(report.keptUnsynced) not yet synced"
    }

    /// One record a dry run would purge: short id, time, neighbourhood and topic (never what was said).
    static func line(_ record: PurgedRecord) -> String {
        let kind = record.kind == .stand ? "stand" : "note "
        return [kind, String(record.id.prefix(8)), record.recordedAt.map(LocalTime.format) ?? "", record.neighbourhood ?? "",
                record.topic ?? ""].joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
}
