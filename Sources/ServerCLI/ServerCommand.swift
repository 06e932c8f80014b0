import ArgumentKit

/// `fieldkit-server`: the sync server and its admin commands.
public struct ServerCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        name: "fieldkit-server",
        abstract: "Merge what officers' devices sync, and manage who may sync.",
        discussion: """
        Set up:
          fieldkit-server enroll --officer "Sanne de Vries"        # prints a token for her laptop
          fieldkit-server serve --port 8080
        """,
        subcommands: [
            ServeCommand.self, DemoCommand.self, EnrollCommand.self, DevicesCommand.self, RevokeCommand.self, ReviewCommand.self,
            BackupCommand.self, RestoreCommand.self, AuditCommand.self, SubjectAccessCommand.self,
            RetentionCommand.self, EraseCommand.self,
        ],
        version: "fieldkit-server \(version)")

    public init(parsed: ParsedArguments) {}

    public func run() {}
}
