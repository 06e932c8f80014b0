import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review conflicts`: every note in conflict, each alternative numbered for `review resolve --keep N`.
struct ReviewConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "conflicts",
        abstract: "List notes in conflict with every alternative, numbered for 'review resolve --keep N'.",
        arguments: [
            .flag("json", help: "Print a JSON array of the notes in conflict (alternatives in conflicts[].values, same order)."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        var filter = ReviewFilter()
        filter.hasConflict = true
        filter.includeDeleted = true
        let records = try ServerStoreAccess.allNotes(filter, in: store)
        if parsed.flag("json") { return try JSONOutput.write(records.map(NoteJSON.init(record:))) }
        guard !records.isEmpty else { return Console.say("No conflicts.") }
        for record in records {
            let note = Note(record: record)
            Console.print("\(note.id.prefix(8))  \(note.neighbourhood)  \(note.topic)  (\(UTCTime.labelled(note.recordedAt)))")
            for field in note.conflictedFields {
                Console.print("  \(field):")
                for (index, entry) in (record.fields[field]?.entries ?? []).enumerated() {
                    Console.print("    \(index + 1)) \(entry.value.displayText)  — \(entry.mark.officer), device \(entry.dot.device), \(UTCTime.labelled(entry.mark.at))")
                }
            }
        }
        Console.say("Settle one with: fieldkit-server review resolve ID --field FIELD (--keep N|latest | --take VALUE) --as NAME")
    }
}
