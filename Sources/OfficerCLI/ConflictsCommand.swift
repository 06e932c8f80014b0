import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit conflicts`: notes where two people changed the same field, with every value kept.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "conflicts",
        abstract: "List open conflicts with all their values; settle one with 'fieldkit resolve'.",
        arguments: [.flag("json", help: "Print a JSON array of the notes in conflict."), StoreAccess.databaseOption])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let records = try StoreAccess.run { try store.noteRecords(NoteFilter(includeDeleted: true, onlyConflicted: true)) }
        if parsed.flag("json") { return try JSONOutput.write(records.map(NoteJSON.init(record:))) }
        guard !records.isEmpty else { return Console.say("No conflicts.") }
        let mine = store.identity.deviceID
        for record in records {
            let note = Note(record: record)
            Console.print("\(note.id.prefix(8))  \(note.neighbourhood)  \(note.topic)  (\(LocalTime.format(note.recordedAt)))")
            for field in note.conflictedFields {
                Console.print("  \(field):")
                for entry in record.fields[field]?.entries ?? [] {
                    let whose = entry.dot.device == mine ? "mine" : "theirs"
                    Console.print("    [\(whose)] \(entry.value.displayText)  — \(entry.mark.officer), device \(entry.dot.device), \(LocalTime.format(entry.mark.at))")
                }
            }
        }
        Console.say("Settle one with: fieldkit resolve ID --field FIELD (--keep mine|theirs | --take VALUE)")
    }
}
