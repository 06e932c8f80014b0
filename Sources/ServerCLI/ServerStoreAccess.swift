import ArgumentKit
import FieldStore

/// Opens the central store for a command, turning store failures into one-line command errors.
enum ServerStoreAccess {
    static func open(_ parsed: ParsedArguments) throws -> CentralStore {
        try run { try CentralStore.openOrCreate(at: ServerStoreLocation.resolve(option: parsed.string("store"))) }
    }

    @discardableResult
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw commandError(error)
        }
    }

    /// A store failure as a command error: 74 for storage, 64 for usage problems, else 65.
    static func commandError(_ error: StoreError) -> CommandError {
        let code: ExitCode = error.storageCondition != nil ? .ioError : (error.isUsageProblem ? .usage : .dataError)
        return CommandError(error.description.replacingOccurrences(of: "FieldKit store", with: "FieldKit server store"),
                            exitCode: code)
    }
}
