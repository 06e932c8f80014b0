import ArgumentKit
import FieldStore

/// `fieldkit connect`: sets or changes the sync server and token of this device.
struct ConnectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "connect",
        abstract: "Set or change the sync server and this device's token.",
        arguments: [
            .option("server", value: "url", help: "The sync server, e.g. https://fieldkit.example.nl.", required: true),
            .option("token", value: "token", help: "Your enrollment token from the server's admin.", required: true),
            StoreAccess.databaseOption,
        ])

    let parsed: ParsedArguments
    let settings: ServerSettings

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        guard let settings = try ServerSettings(parsed) else { throw CommandError.usage("give --server and --token") }
        self.settings = settings
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        try StoreAccess.run { try store.setServer(url: settings.url, token: settings.token) }
        Console.print("Sync server set to \(settings.url). Run 'fieldkit sync' to sync.")
    }
}
