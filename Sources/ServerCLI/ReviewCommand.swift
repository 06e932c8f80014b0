import ArgumentKit

/// `fieldkit-server review`: the coordinators' commands over the central store.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "review",
        abstract: "Review merged notes: list, show, conflicts, follow-ups, report and export.",
        discussion: """
        These work on the server store file directly (--store, as for 'serve'), also while
        the server runs. Changes (resolve, assign, done) need the coordinator's name:
        --as NAME, or FIELDKIT_COORDINATOR. They go through the same merge as an officer's
        edits, under the actor id coord:<name>, and reach officers with 'fieldkit sync'.
          export FIELDKIT_COORDINATOR="Carla Smit"
          fieldkit-server review conflicts
          fieldkit-server review resolve 3f2a --field summary --keep 2
        """,
        subcommands: [
            ReviewListCommand.self, ReviewShowCommand.self, ReviewConflictsCommand.self, ReviewResolveCommand.self,
            ReviewFollowupsCommand.self, ReviewAssignCommand.self, ReviewDoneCommand.self, ReviewReportCommand.self,
            ReviewExportCommand.self,
        ])

    init(parsed: ParsedArguments) {}

    func run() {}
}
