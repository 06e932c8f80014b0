import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server erase`: erases notes at once, on request (a resident's, or the privacy officer's).
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "erase",
        abstract: "Erase notes at once, on request; every laptop applies it at its next sync.",
        discussion: """
        Each note becomes an erased tombstone: everything is cleared except when and where it was
        recorded (time, neighbourhood, stand). With --contact-only just its contact details are
        erased. The erasure is written as coordinator --as NAME (actor coord:<name>) and syncs
        like any change; no older copy can bring the data back. Every id is checked before any
        note is erased. Then the erased text is removed from the store's files.
          fieldkit-server erase 3f2a 77b1 --reason "resident asked, letter 2026-11-02" --as "Carla Smit"
        Exit codes: 0 erased (or already erased); 64 usage; 65 an id matches no note or several,
        and nothing was erased; 74 I/O; 75 erased, but another program kept the store's log from
        being truncated: run 'fieldkit-server retention run' shortly to finish.
        """,
        arguments: [
            .positionals("id", help: "The notes' ids, or unique starts of them."),
            .option("reason", value: "text", help: "Why the notes are erased (the request), for the record.", required: true),
            .option("as", value: "name", help: "The coordinator erasing them; written as actor coord:<name>.", required: true),
            .flag("contact-only", help: "Erase only the contact details, keep the rest of the notes."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let prefixes: [String]
    let reason: String
    let coordinator: String
    let level: ErasureLevel

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        prefixes = parsed.positionals("id")
        reason = (parsed.string("reason") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500 else { throw CommandError.usage("--reason needs the request, 1 to 500 characters") }
        coordinator = try ReviewCoordinator.name(parsed, environment: [:])
        guard !ErasureRule.isRetentionActor(CoordinatorActor.deviceID(for: coordinator)) else {
            throw CommandError.usage("--as '\(coordinator)' is the retention policy's own actor; give the coordinator's name")
        }
        level = parsed.flag("contact-only") ? .contact : .note
    }

    func run() throws {
        let store = try ServerStoreAccess.openExisting(parsed)
        defer { try? store.close() }
        let author = CoordinatorActor.author(coordinator)
        let erased: [ErasedNote]
        do {
            erased = try store.eraseNotes(prefixes, level: level, reason: reason, by: author, from: "cli:" + CLIAudit.login())
        } catch StoreError.unknownID(let prefix) {
            throw CommandError("no note with id '\(prefix)'; nothing was erased (see 'fieldkit-server review list --deleted')", exitCode: .dataError)
        } catch let error as StoreError {
            throw ServerStoreAccess.commandError(error)
        }
        let what = level == .note ? "" : "the contact details of "
        for note in erased {
            Console.print(note.changed ? "Erased \(what)\(note.id.prefix(8)) on request, as \(coordinator) (\(author.device))"
                                       : "Note \(note.id.prefix(8)) was already erased; nothing to do")
        }
        guard try ServerStoreAccess.run({ try store.compactAfterErasure() }) else {
            throw CommandError("another program is reading the store, so its log still holds erased text; "
                               + "run 'fieldkit-server retention run' shortly to finish", exitCode: .temporaryFailure)
        }
    }
}
