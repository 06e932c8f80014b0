import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit log`: records one conversation at the open stand, in seconds.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "log",
        abstract: "Record a conversation; prints the new note's id.",
        discussion: """
        On a terminal, a missing --topic or --summary is asked for. Without an open stand,
        --neighbourhood is required.
          fieldkit log --topic litter --summary "Bins overflow after market day" --tag market
        """,
        arguments: NoteInput.arguments + [StoreAccess.databaseOption])

    let parsed: ParsedArguments
    let input: NoteInput

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        input = try NoteInput(parsed)
        if (input.topic == nil || input.summary == nil) && !Terminal.isInteractive {
            throw CommandError.usage("missing \(input.topic == nil ? "--topic" : "--summary") (not on a terminal, so it cannot be asked)")
        }
        if input.contact?.isEmpty == true { throw CommandError.usage("--contact cannot be empty") }
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let stand = try StoreAccess.run { try store.currentStand() }
        guard let neighbourhood = input.neighbourhood ?? stand?.neighbourhood else {
            throw CommandError.usage("no stand is open, so --neighbourhood is required (or open one with 'fieldkit stand open')")
        }
        let prompter = NotePrompter(suggestions: try StoreAccess.run { try store.recentTopics() })
        let topic = try input.topic ?? prompter.ask("Topic", offering: true)
        let summary = try input.summary ?? prompter.ask("Summary", offering: false)
        let draft = NoteDraft(
            standID: input.neighbourhood == nil ? stand?.id : nil, neighbourhood: neighbourhood,
            location: input.location ?? (input.neighbourhood == nil ? stand?.location ?? "" : ""),
            officer: store.identity.officer, topic: topic, summary: summary, tags: input.tags ?? [],
            mood: input.mood ?? .neutral, followUp: input.followUp.flatMap { $0.isEmpty ? nil : $0 },
            contact: input.contact, participants: input.participants ?? 1)
        let note = try StoreAccess.run { try store.log(draft) }
        Console.print(note.id)
        if Terminal.isInteractive { Console.say("Logged \(note.id.prefix(8)) in \(neighbourhood).") }
    }
}
