import ArgumentKit
import FieldStore

/// `fieldkit delete`: turns a note into a tombstone that syncs as a delete.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "delete",
        abstract: "Delete a note (its personal fields are cleared; the deletion syncs).",
        arguments: [.positional("id", help: "The note's id, or a unique start of it."), StoreAccess.databaseOption])

    let parsed: ParsedArguments
    let idPrefix: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let note = try StoreAccess.run { try store.delete(id: try store.resolveNoteID(idPrefix)) }
        Console.print("Deleted \(note.id.prefix(8)); version \(NoteText.version(note.version))")
    }
}
