import ArgumentKit
import FieldCore
import FieldStore

/// `fieldkit-server revoke`: disables tokens, by officer, device or token selector. Their syncs get 401.
struct RevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "revoke",
        abstract: "Disable an officer's tokens, a device's token, or one token (as listed by 'devices').",
        arguments: [
            .option("officer", value: "name", help: "Revoke every token of this officer."),
            .option("device", value: "id", help: "Revoke the token bound to this device."),
            .option("token", value: "selector", help: "Revoke the token with this selector (TOKEN column of 'devices')."),
            ServerStoreLocation.option,
        ])

    let parsed: ParsedArguments
    let target: RevocationTarget

    init(parsed: ParsedArguments) throws {
        self.parsed = parsed
        let given = [parsed.string("officer").map(RevocationTarget.officer),
                     parsed.string("device").map { RevocationTarget.device(DeviceID($0)) },
                     parsed.string("token").map(RevocationTarget.selector)].compactMap { $0 }
        guard given.count == 1 else { throw CommandError.usage("give exactly one of --officer, --device and --token") }
        target = given[0]
    }

    func run() throws {
        let revoked = try ServerStoreAccess.run { try ServerStoreAccess.open(parsed).revoke(target) }
        guard !revoked.isEmpty else { throw CommandError("no active token matches; see 'fieldkit-server devices'", exitCode: .dataError) }
        for token in revoked {
            Console.print("Revoked token \(token.selector) of \(token.officer)" + (token.deviceID.map { " (device \($0))" } ?? ""))
        }
    }
}
