import FieldStore
import HTTPKit

/// Turns storage failures into the HTTP statuses clients can act on (the sync API and the review pages).
public enum StoreFailure {
    /// Runs `body`, mapping a storage error to 503 (busy, read-only), 507 (disk full) or 500.
    public static func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError where error.storageCondition != nil {
            if error.storageCondition == .diskFull {
                throw HTTPError(.insufficientStorage, code: "storage_full", message: "the server's disk is full; nothing of this request was stored")
            }
            if error.storageCondition == .busy || error.storageCondition == .readOnly {
                throw HTTPError(.serviceUnavailable, code: "storage_unavailable", message: "the server's store is busy or read-only; try again later")
            }
            throw HTTPError(.internalServerError, code: "storage_error", message: "the server could not read or write its store")
        }
    }
}
