import FieldCore
import SQLiteKit

/// Why the local store refused an operation, in words an officer can act on.
///
/// Each case names its exit code category so the CLI can map it without knowing the store.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case noStore(path: String)
    case alreadyExists(path: String)
    case notAFieldKitStore(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case unknownID(String)
    case ambiguousID(String, matches: [String])
    case noOpenStand
    case standAlreadyOpen(Stand)
    case noteDeleted(id: String)
    /// The note, or its contact details, were erased (retention or on request): the change is refused.
    case noteErased(id: String, erasure: Erasure)
    case alreadyDeleted(id: String)
    case noteNotDeleted(id: String)
    case fieldNotInConflict(id: String, field: String)
    case invalidFile(path: String, reason: String)
    /// A backup's target already exists; backups never overwrite a file.
    case backupTargetExists(path: String)
    /// A backup's target cannot be created: its folder is missing, not a folder, or not writable.
    case backupTargetUnusable(path: String, reason: String)
    /// The finished copy failed `PRAGMA integrity_check`; it was removed.
    case damagedCopy(source: String, problem: String)
    /// A restore found the store open in another process (a running server); nothing was changed.
    case storeInUse(path: String)
    /// A restore was asked to put a store back from itself.
    case restoreOntoItself(path: String)
    /// A restore could not move the old store aside or put the copy in its place.
    case restoreTargetUnusable(path: String, reason: String)
    case storage(SQLiteError)

    /// What kind of storage failure this is, for callers that map it to a status or exit code.
    public enum StorageCondition: Sendable, Equatable {
        case diskFull, busy, readOnly, other
    }

    /// The storage condition behind a `.storage` error; nil for every other case.
    public var storageCondition: StorageCondition? {
        guard case .storage(let error) = self else { return nil }
        if error.isFull { return .diskFull }
        if error.isBusy { return .busy }
        if error.isReadOnly { return .readOnly }
        return .other
    }

    /// Whether this is a problem with what the user asked (usage) rather than with stored data.
    public var isUsageProblem: Bool {
        switch self {
        case .noStore, .alreadyExists, .noOpenStand, .standAlreadyOpen: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .noStore(let path):
            return "no FieldKit store at \(path); create one with 'fieldkit init --officer NAME'"
        case .alreadyExists(let path):
            return "a store already exists at \(path); it was left untouched (use --db to create another)"
        case .notAFieldKitStore(let path):
            return "\(path) is not a FieldKit store; it was left untouched"
        case .newerSchema(let path, let found, let supported):
            return "\(path) was written by a newer FieldKit (schema \(found), this one reads up to \(supported)); update fieldkit"
        case .unknownID(let prefix):
            return "no note with id '\(prefix)'; see 'fieldkit list'"
        case .ambiguousID(let prefix, let matches):
            return "id '\(prefix)' matches \(matches.count) notes (\(matches.prefix(3).joined(separator: ", "))…); type more characters"
        case .noOpenStand:
            return "no stand is open; open one with 'fieldkit stand open --neighbourhood N --location L' or pass --neighbourhood"
        case .standAlreadyOpen(let stand):
            return "a stand is already open in \(stand.neighbourhood) (\(stand.id.prefix(8))); close it first with 'fieldkit stand close'"
        case .noteDeleted(let id):
            return "note \(id.prefix(8)) is deleted; it cannot be edited"
        case .noteErased(let id, let erasure) where erasure.level == .note:
            return "note \(id.prefix(8)) was \(erasure.label); it cannot be edited"
        case .noteErased(let id, let erasure):
            return "the contact details of note \(id.prefix(8)) were \(erasure.label); they cannot be set again"
        case .alreadyDeleted(let id):
            return "note \(id.prefix(8)) is already deleted"
        case .noteNotDeleted(let id):
            return "note \(id.prefix(8)) is not deleted"
        case .fieldNotInConflict(let id, let field):
            return "field \(field) of note \(id.prefix(8)) is not in conflict"
        case .invalidFile(let path, let reason):
            return "\(path): \(reason)"
        case .backupTargetExists(let path):
            return "\(path) already exists and was left untouched; a backup never overwrites a file, so give a new name"
        case .backupTargetUnusable(let path, let reason):
            return "cannot write the backup \(path): \(reason)"
        case .damagedCopy(let source, let problem):
            return "the copy of \(source) failed its integrity check (\(problem)); no backup was written"
        case .storeInUse(let path):
            return "\(path) is in use by a running fieldkit-server or another program; stop the server first, then restore again (nothing was changed)"
        case .restoreOntoItself(let path):
            return "the backup and the store are the same file (\(path)); give the backup file with --from"
        case .restoreTargetUnusable(let path, let reason):
            return "cannot restore into \(path): \(reason)"
        case .storage(let error):
            return Self.describe(error, as: storageCondition ?? .other)
        }
    }

    /// A storage failure in words that say what to do: free space, make the store writable, or wait.
    private static func describe(_ error: SQLiteError, as condition: StorageCondition) -> String {
        switch condition {
        case .diskFull:
            return "the disk holding the store is full (or a file-size limit was reached), so nothing was written; free some space and try again (\(error))"
        case .readOnly:
            return "the store cannot be written: its file or file system is read-only, so nothing was changed (\(error))"
        case .busy:
            return "the store is locked by another program, so nothing was changed; try again shortly (\(error))"
        case .other:
            return "the store could not be read or written (\(error))"
        }
    }
}
