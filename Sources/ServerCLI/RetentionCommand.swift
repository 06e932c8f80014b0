import ArgumentKit

/// `fieldkit-server retention`: how long notes and their contact details are kept.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "retention",
        abstract: "Set, show and run the retention policy: when contact details and whole notes are erased.",
        discussion: """
        A note older than the contact retention loses its contact details (contact and
        consent); a note older than the note retention is erased whole, keeping only when
        and where it was recorded. Ages count from the note's recorded time. The erasure is
        an ordinary change under the actor coord:retention: every laptop applies it at its
        next 'fieldkit sync', and no older copy can bring the data back.
        'fieldkit-server serve' applies the policy when it starts and then every hour.
          fieldkit-server retention set --contact 30d --notes 2y
          fieldkit-server retention show
          fieldkit-server retention run --dry-run
        """,
        subcommands: [RetentionSetCommand.self, RetentionShowCommand.self, RetentionRunCommand.self])

    init(parsed: ParsedArguments) {}

    func run() {}
}
