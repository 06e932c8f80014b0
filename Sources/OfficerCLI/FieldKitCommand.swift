import ArgumentKit

/// `fieldkit`: the officer's tool for recording conversations at neighbourhood stands, offline.
public struct FieldKitCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        name: "fieldkit",
        abstract: "Record conversations at neighbourhood stands, offline, and sync them later.",
        discussion: """
        A typical stand:
          fieldkit stand open --neighbourhood Lombok --location "Kanaalstraat"
          fieldkit log --topic parking --summary "Vans on the pavement at night" --mood concerned
          fieldkit stand close
        """,
        subcommands: [
            InitCommand.self, StandCommand.self, LogCommand.self, EditCommand.self, DeleteCommand.self,
            ListCommand.self, ShowCommand.self, StatusCommand.self, ImportCommand.self,
            ConnectCommand.self, SyncCommand.self, ConflictsCommand.self, ResolveCommand.self, PurgeCommand.self,
        ],
        version: "fieldkit \(version)")

    public init(parsed: ParsedArguments) {}

    public func run() {}
}
