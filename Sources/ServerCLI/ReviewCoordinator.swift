import ArgumentKit
import FieldCore
import Foundation

/// Who makes a coordinator's change: `--as NAME`, else `FIELDKIT_COORDINATOR`.
///
/// The change is written under the actor id `coord:<name>` (CoordinatorActor), through the same
/// merge as a device's write, so it syncs back to officers and their history says who made it.
enum ReviewCoordinator {
    static let environmentVariable = "FIELDKIT_COORDINATOR"

    static let option = ArgumentSpec.option(
        "as", value: "name",
        help: "The coordinator making the change (default: $FIELDKIT_COORDINATOR); it syncs as actor coord:<name>.")

    /// `--as` for the commands that only read notes: the name goes into the audit trail.
    static let readerOption = ArgumentSpec.option(
        "as", value: "name",
        help: "The coordinator reading, as the audit trail records it (default: $FIELDKIT_COORDINATOR, else your login name).")

    /// The coordinator's name, trimmed; a usage error when neither `--as` nor the variable gives one.
    static func name(_ parsed: ParsedArguments, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard let name = try optionalName(parsed, environment: environment) else {
            throw CommandError.usage("say who makes the change with --as NAME (or set \(environmentVariable))")
        }
        return name
    }

    /// The coordinator's name when `--as` or the variable gives one, else nil (readers then go by their login).
    static func optionalName(_ parsed: ParsedArguments, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        let given = parsed.string("as") ?? environment[environmentVariable] ?? ""
        let name = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return nil }
        guard name.count <= 100 else { throw CommandError.usage("--as must be at most 100 characters") }
        return name
    }
}
