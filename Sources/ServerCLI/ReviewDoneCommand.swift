import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server review done`: marks a note's follow-up as carried out.
struct ReviewDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "done",
        abstract: "Mark a note's follow-up as done.",
        arguments: [
            .positional("id", help: "The note's id, or a unique start of it."),
            ReviewCoordinator.option,
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let idPrefix: String
    let coordinator: String

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        idPrefix = try parsed.required("id")
        coordinator = try ReviewCoordinator.name(parsed)
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        let record = try ServerStoreAccess.note(idPrefix, in: store)
        guard Note(record: record).followUp != nil else {
            throw CommandError("note \(record.id.prefix(8)) has no follow-up to mark done", exitCode: .dataError)
        }
        let author = CoordinatorActor.author(coordinator)
        let (_, changed) = try CLIAudit.change(store) {
            try store.write(id: record.id, changes: [.followUpStatus: .text(FollowUpStatus.done.rawValue)], by: author)
        } entry: { result in
            CLIAudit.event(.done, actor: coordinator, recordIDs: [record.id], detail: ["changed": .bool(result.changed)])
        }
        Console.print(changed ? "Marked the follow-up of \(record.id.prefix(8)) done, as \(coordinator) (\(author.device))"
                              : "No change to \(record.id.prefix(8)); its follow-up is already done")
    }
}
