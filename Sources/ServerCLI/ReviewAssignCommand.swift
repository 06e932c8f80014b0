import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review assign`: hands a note's follow-up to an officer, optionally with a due date.
struct ReviewAssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "assign",
        abstract: "Assign a note's follow-up to an officer, with a due date; it is (re)opened.",
        discussion: """
        A note without a follow-up needs --text, which opens one. The assignment syncs to
        officers: 'fieldkit show' on their laptop shows the owner and due date.
          fieldkit-server review assign 3f2a --owner "Sanne de Vries" --due 2026-12-01 --as "Carla Smit"
        """,
        arguments: [
            .positional("id", help: "The note's id, or a unique start of it."),
            .option("owner", value: "officer", help: "The officer who should carry out the follow-up.", required: true),
            .option("due", value: "date", help: "When it is due: YYYY-MM-DD (that day, 00:00 UTC) or an ISO 8601 time; \"\" removes it."),
            .option("text", value: "text", help: "What should be done; replaces the follow-up's text."),
            ReviewCoordinator.option,
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let idPrefix: String
    let changes: [NoteField: FieldValue]
    let coordinator: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
        let owner = try ReviewFilterOptions.text(parsed, "owner") ?? ""
        guard owner.count <= 100 else { throw CommandError.usage("--owner must be at most 100 characters") }
        var changes: [NoteField: FieldValue] = [.followUpOwner: .text(owner), .followUpStatus: .text(FollowUpStatus.open.rawValue)]
        if let due = parsed.string("due") {
            guard let value = NoteField.followUpDue.parse(due) else {
                throw CommandError.usage("--due expects a date like 2026-12-01 or an ISO 8601 time, got '\(due)'")
            }
            changes[.followUpDue] = value
        }
        if let text = try ReviewFilterOptions.text(parsed, "text") { changes[.followUp] = .text(text) }
        self.changes = changes
        coordinator = try ReviewCoordinator.name(parsed)
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        let record = try ServerStoreAccess.note(idPrefix, in: store)
        if changes[.followUp] == nil, Note(record: record).followUp == nil {
            throw CommandError("note \(record.id.prefix(8)) has no follow-up yet; give --text TEXT to open one", exitCode: .dataError)
        }
        let author = CoordinatorActor.author(coordinator)
        let (written, changed) = try CLIAudit.change(store) {
            try store.write(id: record.id, changes: changes, by: author)
        } entry: { result in
            CLIAudit.event(.assign, actor: coordinator, recordIDs: [record.id], detail: [
                "fields": .array(changes.keys.map(\.rawValue).sorted().map(JSONValue.string)), "changed": .bool(result.changed),
            ])
        }
        let note = Note(record: written)
        guard changed else { return Console.print("No change to \(note.id.prefix(8)); its follow-up is already assigned like that") }
        Console.print("Assigned the follow-up of \(note.id.prefix(8)) to \(note.followUpOwner ?? "")"
                      + (note.followUpDue.map { ", due \(UTCTime.day($0))" } ?? "") + ", as \(coordinator) (\(author.device))")
    }
}
