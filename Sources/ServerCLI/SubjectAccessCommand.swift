import ArgumentKit
import FieldCore
import FieldStore
import Foundation
import ReviewWeb

/// `fieldkit-server subject-access`: everything the server holds about one resident, for their
/// subject access request, as JSON and as a printable page.
struct SubjectAccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "subject-access",
        abstract: "Export everything held that matches a resident's contact details, as JSON or a printable page.",
        discussion: """
        Finds the notes whose contact field holds the resident's details (a phone number
        compares digits only, an e-mail address ignores case, other text must occur as a
        whole phrase), and the notes whose summary, follow-up, location or tags hold exactly
        the text given as a whole phrase. Deleted notes count only where they still match.
        Each note comes in full: every value held, who wrote it when, its change history and
        its consent record. Without --json or --html it lists the matching notes.
        The export holds personal data: files are written owner-only. It is itself audited.
          fieldkit-server subject-access --contact "06 0000 1234" --as "Carla Smit" --html request.html
          fieldkit-server subject-access --contact k@example.org --as "Carla Smit" --json --out request.json
        """,
        arguments: [
            .option("contact", value: "text", help: "The resident's contact details (phone, e-mail or name) to search for.", required: true),
            .option("as", value: "name", help: "The coordinator handling the request; the export names them.", required: true),
            .flag("json", help: "Write the export as JSON (to standard output, or to --out FILE)."),
            .option("out", value: "file", help: "With --json: write the JSON to this file (owner-only)."),
            .option("html", value: "file", help: "Write a self-contained printable HTML page to this file (owner-only)."),
            .option("lang", value: "en|nl", help: "The page's language: en (default) or nl."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let query: SubjectQuery
    let coordinator: String
    let jsonOut: String?
    let htmlOut: String?
    let language: Language

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        guard let query = SubjectQuery(try parsed.required("contact")) else {
            throw CommandError.usage("--contact must hold letters or digits to search for")
        }
        self.query = query
        coordinator = try parsed.required("as").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(coordinator.count) else { throw CommandError.usage("--as must name the coordinator, in at most 100 characters") }
        jsonOut = try ReviewFilterOptions.text(parsed, "out")
        htmlOut = try ReviewFilterOptions.text(parsed, "html")
        language = try parsed.choice("lang", as: Language.self) ?? .english
        if jsonOut != nil && !parsed.flag("json") { throw CommandError.usage("--out names the JSON file; give --json with it") }
    }

    func run() throws {
        let path = ServerStoreLocation.resolve(option: parsed.string("store"))
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError("no FieldKit server store at \(path); give --store PATH or set \(ServerStoreLocation.environmentVariable)",
                               exitCode: .noInput)
        }
        let store = try ServerStoreAccess.run { try CentralStore.open(at: path) }
        defer { try? store.close() }
        let now = Timestamp.now()
        let matches = try ServerStoreAccess.run { try store.subjectAccess(query) }
        try recordExport(by: coordinator, matched: matches.map(\.record.id), at: now, in: store)
        try write(matches, at: now)
    }

    /// Writes what was asked for: JSON, the page, or else a short list on standard output.
    private func write(_ matches: [SubjectMatch], at now: Timestamp) throws {
        let count = matches.isEmpty ? "No notes match" : "\(matches.count) \(matches.count == 1 ? "note matches" : "notes match")"
        if parsed.flag("json") {
            let json = try JSONOutput.text(SubjectAccessJSON(query: query, requestedBy: coordinator, at: now, matches: matches))
            if let jsonOut { try Self.save(json, to: jsonOut) } else { Console.output.write(json) }
        }
        if let htmlOut {
            let page = SubjectAccessPage(query: query, requestedBy: coordinator, producedAt: now, matches: matches, language: language)
            try Self.save(page.document, to: htmlOut)
        }
        let written = [jsonOut, htmlOut].compactMap { $0 }
        if !parsed.flag("json") && htmlOut == nil {
            Console.print("\(count) the contact details given.")
            for match in matches { Console.print(Self.line(match)) }
        } else {
            Console.say("\(count) the contact details given." + (written.isEmpty ? "" : " Wrote \(written.joined(separator: " and "))."))
        }
    }

    /// `3f2a9c0b  2026-09-05 13:12 UTC  Lombok  matched on contact (contact_phone_digits), summary (exact_phrase)`
    private static func line(_ match: SubjectMatch) -> String {
        let note = Note(record: match.record)
        let reasons = match.reasons.map { "\($0.field) (\($0.rule.rawValue))" }.joined(separator: ", ")
        return "  \(note.id.prefix(8))  \(UTCTime.labelled(note.recordedAt))  \(note.neighbourhood)"
            + (note.isDeleted ? " (deleted)" : "") + "  matched on \(reasons)"
    }

    /// Writes `text` to a new owner-only file (replacing one that is there), or exits 74.
    private static func save(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandError("cannot write \(path); check that its folder exists and is writable", exitCode: .ioError)
        }
    }

    /// The audit log's record of this export, made before anything is written, so that no export
    /// leaves the server unrecorded: who asked and which notes matched, never the contact searched
    /// for nor any note content (the log must not become a copy of the resident's data).
    private func recordExport(by coordinator: String, matched ids: [String], at time: Timestamp, in store: CentralStore) throws {
        let event = CLIAudit.event(.subjectAccess, actor: coordinator, recordIDs: ids.sorted(),
                                   detail: ["matched": .integer(Int64(ids.count))])
        try CLIAudit.append(event, to: store, before: "exporting", at: time)
    }
}
