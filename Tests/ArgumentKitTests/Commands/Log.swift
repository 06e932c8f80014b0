import ArgumentKit

/// A leaf command using every kind of argument and every conversion.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "log",
        abstract: "Record a conversation at a stand.",
        discussion: """
        EXAMPLES:
          fieldkit log --topic parking --mood concerned S1
        """,
        arguments: [
            .option("topic", value: "TOPIC", help: "What the conversation was about.", required: true),
            .option("mood", value: "MOOD", help: "positive, neutral or concerned."),
            .option("participants", value: "COUNT", help: "How many residents took part."),
            .option("lat", value: "DEGREES", help: "Latitude of the stand."),
            .option("tag", value: "TAG", help: "A label for later search.", repeating: true),
            .flag("private", help: "Keep the note off the shared summary."),
            .positional("stand-id", help: "The stand the note belongs to."),
            .positional("note", help: "Free text.", optional: true),
        ]
    )

    let mood: Mood?
    let participants: Int?
    let latitude: Double?

    init(parsed: ParsedArguments) throws {
        mood = try parsed.choice("mood", as: Mood.self)
        participants = try parsed.int("participants")
        latitude = try parsed.double("lat")
    }

    func run() throws {}
}
