import FieldStore
import HTTPKit

/// Turns storage failures into the HTTP statuses clients can act on (the sync API and the review pages).
public enum StoreFailure {
    /// Seconds a client should wait before retrying a 503 `storage_unavailable`: a lock held by
    /// another program (a backup, a maintenance shell) is usually gone by then.
    public static let retryAfterSeconds = 5

    /// Runs `body`, mapping a storage error to 503 (busy, read-only), 507 (disk full) or 500.
    ///
    /// The store runs each request in one transaction, so on any of these nothing of the request was stored.
    public static func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            guard let condition = error.storageCondition else { throw error }
            throw httpError(for: condition)
        }
    }

    /// The error answer for a storage condition.
    static func httpError(for condition: StoreError.StorageCondition) -> HTTPError {
        switch condition {
        case .diskFull:
            return HTTPError(.insufficientStorage, code: "storage_full",
                             message: "the server's disk is full; nothing of this request was stored")
        case .busy, .readOnly:
            return HTTPError(.serviceUnavailable, code: "storage_unavailable",
                             message: "the server's store is busy or read-only; nothing of this request was stored; try again later",
                             headers: ["Retry-After": String(retryAfterSeconds)])
        case .other:
            return HTTPError(.internalServerError, code: "storage_error", message: "the server could not read or write its store")
        }
    }
}
