import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit list`: the notes on this device, filtered.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list",
        abstract: "List notes, oldest first (deleted notes only with --deleted).",
        arguments: [
            .flag("today", help: "Only notes recorded today (local time)."),
            .option("neighbourhood", value: "name", help: "Only this neighbourhood (any letter case)."),
            .option("topic", value: "topic", help: "Only this topic."),
            .option("follow-up", value: "status", help: "Only notes whose follow-up is open or done."),
            .flag("deleted", help: "Include deleted notes."),
            .flag("conflicts", help: "Only notes with a conflict to settle."),
            .flag("json", help: "Print a JSON array (stable keys, for scripts)."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let filter: NoteFilter

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        var filter = NoteFilter(
            neighbourhood: parsed.string("neighbourhood"), topic: parsed.string("topic"),
            followUpStatus: try parsed.choice("follow-up", as: FollowUpStatus.self),
            includeDeleted: parsed.flag("deleted"), onlyConflicted: parsed.flag("conflicts"))
        if parsed.flag("today") {
            let day = LocalTime.today()
            filter.recordedFrom = day.start
            filter.recordedBefore = day.end
        }
        self.filter = filter
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let notes = try StoreAccess.run { try store.noteRecords(filter) }
        if parsed.flag("json") { return try JSONOutput.write(notes.map(NoteJSON.init(record:))) }
        guard !notes.isEmpty else { return Console.say("No notes match.") }
        Console.output.write(NoteText.table(notes.map(Note.init(record:))))
    }
}
