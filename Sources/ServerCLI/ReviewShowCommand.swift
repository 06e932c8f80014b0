import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review show`: one note in full, and its history as the merge recorded it.
struct ReviewShowCommand: ParsableCommand {
    /// The note's `NoteJSON` keys with `history` and `clock_flags` added, in one object.
    struct NoteWithHistory: Encodable {
        let note: NoteJSON
        let history: [ReviewHistoryJSON]
        let clockFlags: [ClockFlagJSON]

        enum CodingKeys: String, CodingKey {
            case history
            case clockFlags = "clock_flags"
        }

        func encode(to encoder: Encoder) throws {
            try note.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(history, forKey: .history)
            try container.encode(clockFlags, forKey: .clockFlags)
        }
    }

    static let configuration = CommandConfiguration(
        name: "show",
        abstract: "Show one note in full, with who changed what and when, as recorded by the merge.",
        arguments: [
            .positional("id", help: "The note's id, or a unique start of it."),
            .flag("json", help: "Print the note's JSON object with \"history\" and \"clock_flags\" arrays added."),
            ReviewCoordinator.readerOption,
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let idPrefix: String
    let reader: String?

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
        reader = try ReviewCoordinator.optionalName(parsed)
    }

    /// Shows the note once its view is in the audit trail; when it cannot be recorded, nothing is shown.
    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        let record = try ServerStoreAccess.note(idPrefix, in: store)
        let history = try ServerStoreAccess.run { try store.history(id: record.id) }
        let format = parsed.flag("json") ? "json" : "text"
        try CLIAudit.append(CLIAudit.event(.view, actor: reader, recordIDs: [record.id], detail: ["format": .string(format)]),
                            to: store, before: "showing the note")
        let flags = try ServerStoreAccess.run { try store.clockFlags(id: record.id) }
        if parsed.flag("json") {
            return try JSONOutput.write(NoteWithHistory(
                note: NoteJSON(record: record), history: history.map(ReviewHistoryJSON.init), clockFlags: flags.map(ClockFlagJSON.init)))
        }
        let stand = Note(record: record).standID.map { String($0.prefix(8)) }
        let warnings = flags.map { ClockFlagText.line($0) + "\n" }.joined()
        Console.output.write(warnings + NoteDetail.text(record, standLabel: stand, time: UTCTime.labelled) + "\n" + Self.text(history))
    }

    /// `History (as merged by the server, oldest first)`, then per change when, from where, and each write's fields.
    static func text(_ history: [HistoryEntry]) -> String {
        var lines = ["History (as merged by the server, oldest first)"]
        for entry in history {
            lines.append("  \(UTCTime.labelled(entry.mergedAt))  from \(entry.source)")
            for write in entry.writes {
                lines.append("    \(write.officer), device \(write.device) #\(write.counter), \(UTCTime.labelled(write.at)): "
                             + write.fields.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
