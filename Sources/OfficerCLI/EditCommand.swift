import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit edit`: changes only the fields given; each edit is one new version.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "edit",
        abstract: "Change fields of a note; fields not given stay as they are.",
        discussion: """
          fieldkit edit 3f2a --mood positive --follow-up-status done
          fieldkit edit 3f2a --no-consent      (the resident withdrew consent: the contact is removed with it)
        """,
        arguments: [.positional("id", help: "The note's id, or a unique start of it.")] + NoteInput.arguments + [
            .option("follow-up-status", value: "status", help: "open or done."),
            .flag("no-consent", help: "The resident withdrew consent: record that and remove the contact."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let idPrefix: String
    let changes: [NoteField: FieldValue]

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
        var changes = try NoteInput(parsed).changes
        if parsed.flag("no-consent") {
            guard !parsed.flag("consent"), parsed.string("contact") == nil else {
                throw CommandError.usage("--no-consent withdraws consent and removes the contact; it cannot go with --consent or --contact")
            }
            changes[.consent] = .bool(false)
            changes[.contact] = .null
        }
        if let status = try parsed.choice("follow-up-status", as: FollowUpStatus.self) {
            changes[.followUpStatus] = .text(status.rawValue)
        }
        guard !changes.isEmpty else { throw CommandError.usage("nothing to change; give at least one field, e.g. --topic") }
        self.changes = changes
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let id = try StoreAccess.run { try store.resolveNoteID(idPrefix) }
        if changes[.followUpStatus] != nil, changes[.followUp] == nil,
           try StoreAccess.run({ try store.note(id: id) }).followUp == nil {
            throw CommandError("note \(id.prefix(8)) has no follow-up; add one with --follow-up", exitCode: .dataError)
        }
        let (note, changed) = try StoreAccess.run { try store.edit(id: id, changes: changes) }
        let fields = changes.keys.map(\.rawValue).sorted().joined(separator: ", ")
        Console.print(changed ? "Updated \(note.id.prefix(8)) (\(fields)); version \(NoteText.version(note.version))"
                              : "No change to \(note.id.prefix(8)); it already holds those values")
    }
}
