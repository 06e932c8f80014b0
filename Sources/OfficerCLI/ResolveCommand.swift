import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit resolve`: settles one conflicted field; the resolution syncs like any edit.
struct ResolveCommand: ParsableCommand {
    enum Side: String, CaseIterable {
        case mine
        case theirs
    }

    static let configuration = CommandConfiguration(
        name: "resolve",
        abstract: "Settle a conflict on one field by keeping a side or writing a new value.",
        discussion: """
          fieldkit resolve 3f2a --field topic --keep theirs
          fieldkit resolve 3f2a --field summary --take "Both visits: vans at 8:00 and at 17:00"
        Resolving the field 'deleted' to true deletes the note; to false keeps it.
        Contact and consent are settled together: keeping a contact records consent with it,
        and settling consent to false removes the contact.
        """,
        arguments: [
            .positional("id", help: "The note's id, or a unique start of it."),
            .option("field", value: "field", help: "The field in conflict, e.g. topic, summary, deleted.", required: true),
            .option("keep", value: "side", help: "mine (this device's value) or theirs (the other value)."),
            .option("take", value: "value", help: "A value to write instead (tags: comma-separated)."),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let idPrefix: String
    let field: NoteField
    let side: Side?
    let value: FieldValue?

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
        guard let field = try parsed.choice("field", as: NoteField.self) else { throw CommandError.usage("missing --field") }
        self.field = field
        side = try parsed.choice("keep", as: Side.self)
        let take = parsed.string("take")
        guard (side == nil) != (take == nil) else { throw CommandError.usage("give exactly one of --keep mine|theirs and --take VALUE") }
        if let take {
            guard let parsedValue = field.parse(take) else { throw CommandError.usage("'\(take)' is not a valid value for \(field.rawValue)") }
            value = parsedValue
        } else {
            value = nil
        }
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let id = try StoreAccess.run { try store.resolveNoteID(idPrefix) }
        let chosen = try value ?? choose(side ?? .mine, in: store, id: id)
        if let problem = try StoreAccess.run({ try store.record(id: id) })?.consentResolutionProblem(field, to: chosen) {
            throw CommandError(problem, exitCode: .dataError)
        }
        let note = try StoreAccess.run { try store.resolve(id: id, field: field, value: chosen) }
        Console.print("Resolved \(field.rawValue) of \(note.id.prefix(8)) to \(chosen.displayText); version \(NoteText.version(note.version))")
    }

    /// The value of one side: this device's latest entry, or the single other value.
    private func choose(_ side: Side, in store: LocalStore, id: String) throws -> FieldValue {
        let record = try StoreAccess.run { try store.record(id: id) }
        guard let register = record?.fields[field.rawValue], register.isConflicted else {
            throw CommandError("field \(field.rawValue) of note \(id.prefix(8)) is not in conflict", exitCode: .dataError)
        }
        let mine = store.identity.deviceID
        let entries = register.entries.filter { (side == .mine) == ($0.dot.device == mine) }
        let values = Set(entries.map(\.value))
        guard values.count == 1, let value = values.first else {
            let reason = values.isEmpty ? "no value of \(field.rawValue) comes from \(side == .mine ? "this device" : "another device")"
                                        : "there are \(values.count) other values"
            throw CommandError("\(reason); use --take VALUE", exitCode: .dataError)
        }
        return value
    }
}
