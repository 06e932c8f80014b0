import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit show`: one note in full, with its version and any conflict.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "show",
        abstract: "Show one note in full.",
        arguments: [
            .positional("id", help: "The note's id, or a unique start of it."),
            .flag("json", help: "Print a JSON object (stable keys, for scripts)."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let idPrefix: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let record = try StoreAccess.run { () throws -> Record in
            let id = try store.resolveNoteID(idPrefix)
            guard let record = try store.record(id: id) else { throw StoreError.unknownID(idPrefix) }
            return record
        }
        if parsed.flag("json") { return try JSONOutput.write(NoteJSON(record: record)) }
        let standID = Note(record: record).standID
        Console.output.write(NoteText.detail(record, standLabel: standID.map { String($0.prefix(8)) }))
    }
}
