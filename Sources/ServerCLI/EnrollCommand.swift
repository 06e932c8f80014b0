import ArgumentKit
import FieldCore
import FieldStore
import SyncService

/// `fieldkit-server enroll`: issues a token for an officer or coordinator. Only its hash is stored.
struct EnrollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "enroll",
        abstract: "Issue a new token; it is printed once, alone on stdout, and stored only as a hash.",
        discussion: "  TOKEN=$(fieldkit-server enroll --officer \"Sanne de Vries\")",
        arguments: [
            .option("officer", value: "name", help: "Who the token is for.", required: true),
            .option("role", value: "role", help: "officer (syncs a device; default) or coordinator (also reviews)."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let officer: String
    let role: Role

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        officer = try parsed.required("officer").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !officer.isEmpty, officer.count <= 100 else { throw CommandError.usage("--officer must be 1 to 100 characters") }
        role = try parsed.choice("role", as: Role.self) ?? .officer
    }

    func run() throws {
        let store = try ServerStoreAccess.open(parsed)
        let issued = TokenCodec.issue()
        _ = try ServerStoreAccess.run {
            try store.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: officer, role: role)
        }
        Console.print(issued.text)
        Console.say("Enrolled \(officer) as \(role.rawValue) (token \(issued.selector)). The token above is shown only now;")
        Console.say("on the laptop: fieldkit connect --server URL --token TOKEN (or fieldkit init ... --server URL --token TOKEN).")
    }
}
