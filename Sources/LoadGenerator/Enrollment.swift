import FieldCore
import FieldStore
import SyncService

/// Issues one token per simulated device (and one for the verifier) in the server's store,
/// exactly as `fieldkit-server enroll` does: only the selector and the secret's hash are stored.
enum Enrollment {
    /// Opens (or creates) the store at `path`, enrolls `count` officers and returns their tokens in order.
    ///
    /// Safe next to a running server: SQLite's busy timeout lets each insert wait for the server's writes.
    static func enroll(count: Int, inStoreAt path: String) throws -> [String] {
        let store: CentralStore
        do {
            store = try CentralStore.openOrCreate(at: path)
        } catch {
            throw LoadFailure.io("cannot open the server store \(path): \(error)")
        }
        defer { try? store.close() }
        return try (0..<count).map { index in
            let issued = TokenCodec.issue()
            do {
                try store.addToken(selector: issued.selector, verifierHash: issued.verifierHash,
                                   officer: "Load Officer \(index + 1)", role: .officer)
            } catch {
                throw LoadFailure.unavailable("cannot enroll the simulated devices in \(path): \(error)")
            }
            return issued.text
        }
    }
}
