import ArgumentKit
import FieldCore
import FieldStore

/// Opens the device store for a command and turns store failures into one-line command errors.
enum StoreAccess {
    /// The `--db PATH` option every store command takes.
    static let databaseOption = ArgumentSpec.option(
        "db", value: "path", help: "The store file (default: $FIELDKIT_DB, else $XDG_DATA_HOME/fieldkit/field.sqlite).")

    static func open(_ parsed: ParsedArguments) throws -> LocalStore {
        try run { try LocalStore.open(at: StoreLocation.resolve(option: parsed.string("db"))) }
    }

    /// Runs a store operation, mapping `StoreError` to exit codes: 64 for usage, 74 for I/O, else 65.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw CommandError(error.description, exitCode: exitCode(for: error))
        } catch let error as SampleFileError {
            throw CommandError(error.description, exitCode: .dataError)
        }
    }

    static func exitCode(for error: StoreError) -> ExitCode {
        if error.isUsageProblem { return .usage }
        if case .storage = error { return .ioError }
        return .dataError
    }
}
