import ArgumentKit
import FieldCore
import FieldStore
import Foundation

/// `fieldkit-server review export`: every matching note as CSV for a spreadsheet, or as JSON.
struct ReviewExportCommand: ParsableCommand {
    enum Format: String, CaseIterable {
        case csv
        case json
    }

    static let configuration = CommandConfiguration(
        name: "export",
        abstract: "Export the matching notes as CSV (for spreadsheets) or JSON, to stdout or a file.",
        discussion: """
        CSV: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, one row per
        note. A cell that starts with = + - @, a tab or CR gets a leading apostrophe, so
        that a spreadsheet never runs a resident's words as a formula. The columns:
          \(ReviewCSV.columns.joined(separator: ", "))
        JSON: an array of notes, as 'review list --json' prints them.
        An export holds personal data: a file written with --output is owner-only. It is
        recorded in the audit trail (who, which notes, the format and which filters were used,
        never their values) before anything is written.
          fieldkit-server review export --format csv --neighbourhood Lombok --output lombok.csv
        """,
        arguments: [
            .option("format", value: "format", help: "csv or json.", required: true),
            .option("output", value: "file", help: "Write to this file (owner-only) instead of standard output."),
        ] + ReviewFilterOptions.arguments + [ReviewCoordinator.readerOption, ServerStoreLocation.option])

    let parsed: ParsedArguments
    let format: Format
    let filter: ReviewFilter
    let output: String?
    let reader: String?

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        format = try parsed.choice("format", as: Format.self) ?? .csv
        filter = try ReviewFilterOptions.filter(parsed)
        output = try ReviewFilterOptions.text(parsed, "output")
        reader = try ReviewCoordinator.optionalName(parsed)
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        let records = try ServerStoreAccess.allNotes(filter, in: store)
        try CLIAudit.append(auditEvent(records), to: store, before: "exporting")
        let text = format == .csv ? ReviewCSV.document(records) : try JSONOutput.text(records.map(NoteJSON.init(record:)))
        guard let output else {
            Console.output.write(text)
            return Console.say("Exported \(records.count) notes as \(format.rawValue).")
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandError("cannot write \(output); check that its folder exists and is writable", exitCode: .ioError)
        }
        Console.say("Exported \(records.count) notes as \(format.rawValue) to \(output).")
    }

    /// The export's audit entry: the notes, the format, where to, and the names (never the values,
    /// which may be a resident's name in --search) of the filters used.
    private func auditEvent(_ records: [Record]) -> AuditEvent {
        let filters = ReviewFilterOptions.arguments.map(\.name).filter(parsed.has)
        return CLIAudit.event(.export, actor: reader, recordIDs: records.map(\.id), detail: [
            "format": .string(format.rawValue), "count": .integer(Int64(records.count)),
            "to": .string(output == nil ? "stdout" : "file"), "filters": .array(filters.map(JSONValue.string)),
        ])
    }
}
