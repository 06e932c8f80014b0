import ArgumentKit
import FieldStore

/// Opens the central store for a command, turning store failures into one-line command errors.
enum ServerStoreAccess {
    /// Opens (creating when missing) the store of `--store`; a storage failure names the path.
    static func open(_ parsed: ParsedArguments) throws -> CentralStore {
        let path = ServerStoreLocation.resolve(option: parsed.string("store"))
        do {
            return try run { try CentralStore.openOrCreate(at: path) }
        } catch let error as CommandError where error.exitCode == .ioError {
            throw CommandError("cannot use the server store \(path): \(error.message)", exitCode: error.exitCode)
        }
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
