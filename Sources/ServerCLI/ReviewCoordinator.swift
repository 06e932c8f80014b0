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

    /// The coordinator's name, trimmed; a usage error when neither `--as` nor the variable gives one.
    static func name(_ parsed: ParsedArguments, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let given = parsed.string("as") ?? environment[environmentVariable] ?? ""
        let name = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            throw CommandError.usage("say who makes the change with --as NAME (or set \(environmentVariable))")
        }
        guard name.count <= 100 else { throw CommandError.usage("--as must be at most 100 characters") }
        return name
    }
}
