import ArgumentKit
import FieldStore
import Foundation

/// `fieldkit-server devices`: who is enrolled, on which device, and when each last synced.
struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "devices",
        abstract: "List enrolled officers and devices with their last sync and clock.",
        discussion: """
        CLOCK is the device's clock against the server's at its last sync: +2 s is 2 seconds ahead,
        −14 min is 14 minutes behind, — not measured yet. In --json, clock_offset_ms is the server's
        clock minus the device's (positive: the device is behind).
        """,
        arguments: [.flag("json", help: "Print a JSON array."), ServerStoreLocation.option])

    let parsed: ParsedArguments

    init(parsed: ParsedArguments) {
        self.parsed = parsed
    }

    func run() throws {
        let tokens = try ServerStoreAccess.run { try ServerStoreAccess.open(parsed).tokens() }
        if parsed.flag("json") { return try printJSON(tokens) }
        guard !tokens.isEmpty else { return Console.say("Nobody is enrolled yet. Use 'fieldkit-server enroll --officer NAME'.") }
        let header = ["TOKEN", "OFFICER", "ROLE", "DEVICE", "LAST SYNC (UTC)", "CLOCK", "STATUS"]
        let rows = tokens.map { token in
            [token.selector, token.officer, token.role.rawValue, token.deviceID?.rawValue ?? "(not used yet)",
             token.lastSyncAt.map(UTCTime.format) ?? "never", token.clockOffset?.deviceClockLabel ?? "—",
             token.isRevoked ? "revoked" : "active"]
        }
        Console.output.write(Self.table([header] + rows))
    }

    private func printJSON(_ tokens: [EnrolledToken]) throws {
        let objects: [[String: Any]] = tokens.map { token in
            ["token": token.selector, "officer": token.officer, "role": token.role.rawValue,
             "device_id": token.deviceID?.rawValue ?? NSNull(), "last_sync_at": token.lastSyncAt?.iso8601 ?? NSNull(),
             "revoked": token.isRevoked, "clock_offset_ms": token.clockOffset.map { $0.milliseconds as Any } ?? NSNull(),
             "clock_measured_at": token.clockOffset?.measuredAt.iso8601 ?? NSNull()]
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        Console.output.write(String(decoding: data, as: UTF8.self) + "\n")
    }

    static func table(_ rows: [[String]]) -> String {
        var widths = rows[0].map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return rows.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}
