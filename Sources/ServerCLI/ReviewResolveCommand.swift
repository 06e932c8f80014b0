import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review resolve`: settles one conflicted field as a coordinator; the resolution syncs like any edit.
struct ReviewResolveCommand: ParsableCommand {
    /// Which alternative `--keep` names: its number as listed by `review conflicts`, or the latest.
    enum Choice: Equatable {
        case number(Int)
        case latest
    }

    static let configuration = CommandConfiguration(
        name: "resolve",
        abstract: "Settle a conflict on one field by keeping an alternative or writing a new value.",
        discussion: """
        The server has no "mine" or "theirs": --keep takes the number of the alternative
        as 'review conflicts' lists it (1 is the first; the same order as conflicts[].values
        in its --json), or 'latest' for the most recently written one (the value shown
        while the field is in conflict).
          fieldkit-server review resolve 3f2a --field summary --keep 2 --as "Carla Smit"
          fieldkit-server review resolve 3f2a --field topic --take parking --as "Carla Smit"
        Like 'fieldkit resolve': resolving 'deleted' to true deletes the note; to false keeps it.
        Contact and consent are settled together: keeping a contact records consent with it (as
        your write), and settling consent to false removes the contact.
        """,
        arguments: [
            .positional("id", help: "The note's id, or a unique start of it."),
            .option("field", value: "field", help: "The field in conflict, e.g. topic, summary, deleted.", required: true),
            .option("keep", value: "n|latest", help: "The alternative to keep: its 1-based number in 'review conflicts', or latest."),
            .option("take", value: "value", help: "A value to write instead (tags: comma-separated)."),
            ReviewCoordinator.option,
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let idPrefix: String
    let field: NoteField
    let choice: Choice?
    let value: FieldValue?
    let coordinator: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
        guard let field = try parsed.choice("field", as: NoteField.self) else { throw CommandError.usage("missing --field") }
        self.field = field
        let (keep, take) = (parsed.string("keep"), parsed.string("take"))
        guard (keep == nil) != (take == nil) else { throw CommandError.usage("give exactly one of --keep N|latest and --take VALUE") }
        choice = try keep.map(Self.choice)
        if let take {
            guard let parsedValue = field.parse(take) else { throw CommandError.usage("'\(take)' is not a valid value for \(field.rawValue)") }
            value = parsedValue
        } else {
            value = nil
        }
        coordinator = try ReviewCoordinator.name(parsed)
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        let record = try ServerStoreAccess.note(idPrefix, in: store)
        let chosen = try value ?? pick(choice ?? .latest, in: record)
        if let problem = record.consentResolutionProblem(field, to: chosen) { throw CommandError(problem, exitCode: .dataError) }
        let author = CoordinatorActor.author(coordinator)
        let resolved = try CLIAudit.change(store) {
            try store.resolve(id: record.id, field: field, value: chosen, by: author)
        } entry: { _ in
            CLIAudit.event(.resolve, actor: coordinator, recordIDs: [record.id], detail: ["fields": .array([.string(field.rawValue)])])
        }
        Console.print("Resolved \(field.rawValue) of \(record.id.prefix(8)) to \(chosen.displayText) as \(coordinator) "
                      + "(\(author.device)); version \(NoteDetail.version(resolved.version))")
    }

    /// The value of the chosen alternative, or exit 65 when the field is not in conflict or has no such alternative.
    private func pick(_ choice: Choice, in record: Record) throws -> FieldValue {
        guard let register = record.fields[field.rawValue], register.isConflicted else {
            throw CommandError("field \(field.rawValue) of note \(record.id.prefix(8)) is not in conflict", exitCode: .dataError)
        }
        switch choice {
        case .latest:
            return register.displayValue
        case .number(let number):
            guard (1...register.entries.count).contains(number) else {
                throw CommandError("\(field.rawValue) of note \(record.id.prefix(8)) has \(register.entries.count) alternatives; "
                                   + "--keep \(number) is not one (see 'fieldkit-server review conflicts')", exitCode: .dataError)
            }
            return register.entries[number - 1].value
        }
    }

    private static func choice(_ text: String) throws -> Choice {
        if text.lowercased() == "latest" { return .latest }
        guard let number = Int(text), number >= 1 else {
            throw CommandError.usage("--keep takes the number of an alternative (1, 2, ...) or latest, got '\(text)'")
        }
        return .number(number)
    }
}
