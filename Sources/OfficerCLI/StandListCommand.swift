import ArgumentKit
import FieldStore

/// `fieldkit stand list`: every stand on this device.
struct StandListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list",
        abstract: "List stands, oldest first, with their note counts.",
        arguments: [StoreAccess.databaseOption])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let stands = try StoreAccess.run { try store.stands() }
        guard !stands.isEmpty else { return Console.say("No stands yet. Open one with 'fieldkit stand open'.") }
        var table = TextTable(headers: ["ID", "OPENED", "CLOSED", "NEIGHBOURHOOD", "LOCATION", "OFFICER", "NOTES"])
        for (stand, notes) in stands {
            table.add([
                String(stand.id.prefix(8)), LocalTime.format(stand.openedAt),
                stand.closedAt.map(LocalTime.format) ?? "open", stand.neighbourhood, stand.location,
                stand.officer, String(notes),
            ])
        }
        Console.output.write(table.render())
    }
}
