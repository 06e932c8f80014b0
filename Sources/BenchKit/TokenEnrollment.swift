import FieldStore
import SyncService

/// Officer tokens issued straight into a server's store, as `fieldkit-server enroll` does (only
/// the selector and the secret's hash are stored), so the benchmark needs no enroll process per device.
enum TokenEnrollment {
    /// Opens (or creates) the store at `path`, enrolls `count` officers and returns their tokens
    /// in order, with the store's id (which pull cursors carry).
    ///
    /// Safe beside a running server: SQLite's busy timeout lets each insert wait for the server's writes.
    static func enroll(_ count: Int, inStoreAt path: String) throws -> (tokens: [String], storeID: String) {
        let store = try CentralStore.openOrCreate(at: path)
        defer { try? store.close() }
        let tokens = try (0..<count).map { index in
            let issued = TokenCodec.issue()
            _ = try store.addToken(selector: issued.selector, verifierHash: issued.verifierHash,
                                   officer: "Bench Officer \(index + 1)", role: .officer)
            return issued.text
        }
        return (tokens, store.storeID)
    }
}
