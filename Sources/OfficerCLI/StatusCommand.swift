import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit status`: who this device is and what it still has to sync.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "status",
        abstract: "Show the officer, device, store, how many notes are not yet synced, and the laptop's clock.",
        discussion: """
        Warns when the laptop's clock was more than 5 minutes off the server's at the last sync:
        every note is stamped with that clock.
        """,
        arguments: [.flag("json", help: "Print a JSON object."), StoreAccess.databaseOption])

    struct StatusJSON: Encodable {
        let officer: String
        let deviceId: String
        let store: String
        let notes: Int
        let deletedNotes: Int
        let unsyncedNotes: Int
        let conflictedNotes: Int
        let openStandId: String?
        let server: String?
        let clockOffsetMs: Int64?
        let clockMeasuredAt: String?

        enum CodingKeys: String, CodingKey {
            case officer, store, notes, server
            case clockOffsetMs = "clock_offset_ms"
            case clockMeasuredAt = "clock_measured_at"
            case deviceId = "device_id"
            case deletedNotes = "deleted_notes"
            case unsyncedNotes = "unsynced_notes"
            case conflictedNotes = "conflicted_notes"
            case openStandId = "open_stand_id"
        }
    }

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let store = try StoreAccess.open(parsed)
        let status = try StoreAccess.run { try store.status() }
        if parsed.flag("json") {
            return try JSONOutput.write(StatusJSON(
                officer: status.identity.officer, deviceId: status.identity.deviceID.rawValue, store: status.path,
                notes: status.totalNotes, deletedNotes: status.deletedNotes, unsyncedNotes: status.unsyncedNotes,
                conflictedNotes: status.conflictedNotes, openStandId: status.openStand?.id, server: status.serverURL,
                clockOffsetMs: status.clockOffset?.milliseconds, clockMeasuredAt: status.clockOffset?.measuredAt.iso8601))
        }
        Console.output.write(Self.text(status))
        if let warning = ClockWarning.text(status.clockOffset) { Console.say(warning) }
    }

    static func text(_ status: StoreStatus) -> String {
        let stand = status.openStand.map { "\($0.neighbourhood), \($0.location) since \(LocalTime.format($0.openedAt))" }
        let rows: [(String, String)] = [
            ("Officer", status.identity.officer),
            ("Device", status.identity.deviceID.rawValue),
            ("Store", status.path),
            ("Notes", "\(status.totalNotes)" + (status.deletedNotes > 0 ? " (\(status.deletedNotes) deleted)" : "")),
            ("Not yet synced", "\(status.unsyncedNotes)"),
            ("Conflicts", "\(status.conflictedNotes)"),
            ("Open stand", stand ?? "none"),
            ("Sync server", status.serverURL ?? "not set"),
            ("Clock", ClockWarning.summary(status.clockOffset)),
        ]
        return rows.map { $0.0.padding(toLength: 16, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n") + "\n"
    }
}
