import ArgumentKit
import FieldStore

/// `fieldkit init`: creates this laptop's store with a new random device id.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "init",
        abstract: "Create the local store for an officer on this device.",
        arguments: [
            .option("officer", value: "name", help: "Your name, as coordinators should see it.", required: true),
            .option("server", value: "url", help: "The sync server, e.g. https://fieldkit.example.nl (can be set later)."),
            .option("token", value: "token", help: "Your enrollment token from the server's admin."),
            StoreAccess.databaseOption,
        ])

    let officer: String
    let path: String
    let server: ServerSettings?

    init(parsed: ParsedArguments) throws {
        officer = NoteInput.trimmed(try parsed.required("officer"))
        guard !officer.isEmpty, officer.count <= 100 else { throw CommandError.usage("--officer must be 1 to 100 characters") }
        path = StoreLocation.resolve(option: parsed.string("db"))
        server = try ServerSettings(parsed)
    }

    func run() throws {
        let store = try StoreAccess.run { try LocalStore.create(at: path, officer: officer) }
        if let server { try StoreAccess.run { try store.setServer(url: server.url, token: server.token) } }
        Console.print(store.identity.deviceID.rawValue)
        Console.say("Created the store for \(officer) at \(path) (device \(store.identity.deviceID)).")
        Console.say(server == nil ? "No sync server set yet; notes stay on this device until you add one."
                                  : "Sync server: \(server!.url)")
    }
}
