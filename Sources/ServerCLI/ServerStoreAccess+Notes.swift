import ArgumentKit
import FieldCore
import FieldStore
import Foundation

/// The review commands' access to the central store: it must exist, and notes are named by id prefix.
extension ServerStoreAccess {
    /// Opens the central store, refusing to create one: a review of a mistyped `--store` should
    /// say so, not show an empty store it has just created.
    static func openExisting(_ parsed: ParsedArguments) throws -> CentralStore {
        let path = ServerStoreLocation.resolve(option: parsed.string("store"))
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError.usage("no FieldKit server store at \(path); give --store PATH or set \(ServerStoreLocation.environmentVariable)")
        }
        return try run { try CentralStore.open(at: path) }
    }

    /// The merged record of the one note whose id starts with `prefix` (exit 65 when none or several).
    static func note(_ prefix: String, in store: CentralStore) throws -> Record {
        let unknown = CommandError("no note with id '\(prefix)'; see 'fieldkit-server review list'", exitCode: .dataError)
        do {
            guard let record = try store.record(id: try store.resolveNoteID(prefix)) else { throw unknown }
            return record
        } catch StoreError.unknownID {
            throw unknown
        } catch let error as StoreError {
            throw commandError(error)
        }
    }

    /// Every note matching `filter`, newest first: for listings that are never paged (conflicts, exports).
    static func allNotes(_ filter: ReviewFilter, in store: CentralStore) throws -> [Record] {
        try run { try store.reviewNotes(filter, limit: max(1, try store.countNotes(filter))) }
    }

    /// One page of the notes matching `filter`, and how many match in all.
    static func page(_ filter: ReviewFilter, _ paging: ReviewPaging, in store: CentralStore) throws -> (records: [Record], total: Int) {
        try run { (try store.reviewNotes(filter, limit: paging.limit, offset: paging.offset), try store.countNotes(filter)) }
    }
}
