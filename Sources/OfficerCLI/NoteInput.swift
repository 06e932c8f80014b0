import ArgumentKit
import FieldCore

/// The note fields an officer can give on the command line, parsed and checked once for `log` and `edit`.
struct NoteInput {
    static let arguments: [ArgumentSpec] = [
        .option("topic", value: "topic", help: "What the conversation was about, e.g. parking, litter, loneliness."),
        .option("summary", value: "text", help: "What was said, in a sentence or two."),
        .option("tag", value: "tag", help: "A tag; repeat for more (edit: replaces all tags).", repeating: true),
        .option("mood", value: "mood", help: "positive, neutral or concerned (log default: neutral)."),
        .option("follow-up", value: "text", help: "What you promised to do; opens a follow-up (edit: \"\" removes it)."),
        .option("contact", value: "text", help: "How to reach the resident; only stored with --consent (edit: \"\" removes it)."),
        .flag("consent", help: "The resident agreed that their contact details are stored."),
        .option("participants", value: "n", help: "How many residents took part (default 1)."),
        .option("neighbourhood", value: "name", help: "Neighbourhood (default: the open stand's)."),
        .option("location", value: "text", help: "Where exactly (default: the open stand's)."),
    ]

    var topic: String?
    var summary: String?
    var tags: [String]?
    var mood: Mood?
    var followUp: String?
    var contact: String?
    var consent: Bool
    var participants: Int?
    var neighbourhood: String?
    var location: String?

    init(_ parsed: ParsedArguments) throws {
        topic = try Self.text(parsed, "topic")
        summary = try Self.text(parsed, "summary")
        tags = parsed.has("tag") ? Self.cleanTags(parsed.strings("tag")) : nil
        mood = try parsed.choice("mood", as: Mood.self)
        followUp = parsed.string("follow-up").map(Self.trimmed)
        contact = parsed.string("contact").map(Self.trimmed)
        consent = parsed.flag("consent")
        participants = try parsed.int("participants")
        neighbourhood = try Self.text(parsed, "neighbourhood")
        location = parsed.string("location").map(Self.trimmed)
        if let contact, !contact.isEmpty, !consent {
            throw CommandError.usage("--contact needs --consent: contact details are stored only when the resident agrees")
        }
        if let participants, !(1...500).contains(participants) {
            throw CommandError.usage("--participants must be between 1 and 500, got \(participants)")
        }
    }

    /// The field changes for `edit`: only what was given. An empty follow-up or contact removes it.
    var changes: [NoteField: FieldValue] {
        var changes: [NoteField: FieldValue] = [:]
        if let topic { changes[.topic] = .text(topic) }
        if let summary { changes[.summary] = .text(summary) }
        if let tags { changes[.tags] = .list(tags) }
        if let mood { changes[.mood] = .text(mood.rawValue) }
        if let followUp {
            changes[.followUp] = followUp.isEmpty ? .null : .text(followUp)
            changes[.followUpStatus] = followUp.isEmpty ? .null : .text(FollowUpStatus.open.rawValue)
        }
        if let contact {
            changes[.contact] = contact.isEmpty ? .null : .text(contact)
            changes[.consent] = .bool(!contact.isEmpty)
        }
        if let participants { changes[.participants] = .number(Double(participants)) }
        if let neighbourhood { changes[.neighbourhood] = .text(neighbourhood) }
        if let location { changes[.location] = .text(location) }
        return changes
    }

    /// A non-empty trimmed value, or nil when the option was not given.
    private static func text(_ parsed: ParsedArguments, _ name: String) throws -> String? {
        guard let value = parsed.string(name) else { return nil }
        let trimmed = trimmed(value)
        guard !trimmed.isEmpty else { throw CommandError.usage("--\(name) cannot be empty") }
        return trimmed
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func cleanTags(_ tags: [String]) -> [String] {
        var seen: [String] = []
        for tag in tags.map({ trimmed($0).lowercased() }) where !tag.isEmpty && !seen.contains(tag) {
            seen.append(tag)
        }
        return seen
    }
}
