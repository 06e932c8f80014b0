import ArgumentKit
import FieldStore

/// `fieldkit stand close`: ends the open stand.
struct StandCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "close",
        abstract: "Close the open stand.",
        arguments: [StoreAccess.databaseOption])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let stand = try StoreAccess.run { try store.closeStand() }
        let notes = try StoreAccess.run { try store.stands().first { $0.stand.id == stand.id }?.noteCount ?? 0 }
        let closedAt = stand.closedAt ?? stand.openedAt
        Console.print(stand.id)
        Console.say("Closed the stand in \(stand.neighbourhood): \(notes) note\(notes == 1 ? "" : "s") over "
                    + LocalTime.duration(from: stand.openedAt, to: closedAt) + ".")
    }
}
