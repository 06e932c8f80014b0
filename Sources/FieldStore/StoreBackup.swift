import Foundation
import SQLiteKit

/// A consistent copy of a central store, made while the server keeps serving from it.
///
/// The copy is one snapshot (SQLite's backup API, under a read transaction that does not hold
/// the server's writers up). It is written under a temporary name beside the target, checked
/// with `PRAGMA integrity_check` after reopening it from disk, and only then renamed into place,
/// so a half-written backup never carries the final name; an existing file is never overwritten.
///
/// The copy gets a new store id: a server restored from it is another store to the devices, so
/// their cursors from the live store are refused (409 cursor_unknown) and they pull from the
/// start, instead of skipping the changes that got sequence numbers after the backup was made.
public enum StoreBackup {
    /// Copies the central store at `source` into `target`, which must not exist; returns the copy's size in bytes.
    public static func copyCentralStore(at source: String, to target: String) throws -> Int64 {
        let files = FileManager.default
        guard files.fileExists(atPath: source) else { throw StoreError.noStore(path: source) }
        guard !files.fileExists(atPath: target) else { throw StoreError.backupTargetExists(path: target) }
        let staging = try createStagingFile(for: target)
        defer { removeStaging(staging) }
        try copy(from: source, into: staging)
        try check(staging, copiedFrom: source)
        try place(staging, at: target)
        let size = (try? files.attributesOfItem(atPath: target)[.size] as? NSNumber)?.int64Value
        return size ?? 0
    }

    /// Creates the empty, owner-only staging file beside `target` (stores hold residents' data).
    private static func createStagingFile(for target: String) throws -> String {
        let staging = target + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: staging, contents: Data(), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.backupTargetUnusable(path: target, reason: whyFolderIsUnusable(of: target))
        }
        return staging
    }

    /// Why no file can be created beside `target`, in words.
    private static func whyFolderIsUnusable(of target: String) -> String {
        let folder = folder(of: target)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return "the folder \(folder) does not exist" }
        guard isFolder.boolValue else { return "\(folder) is not a folder" }
        return "no file can be created in \(folder) (read-only, full, or no permission)"
    }

    /// Copies the store into `staging` in one snapshot and gives the copy its own store id.
    ///
    /// The store is opened read-write but only read: that way, when no server has it open, closing
    /// it removes the -wal and -shm files as usual instead of leaving them behind; on read-only
    /// media SQLite falls back to reading, which is all a backup needs.
    private static func copy(from source: String, into staging: String) throws {
        let original = try StoreFile.storageCall { try Connection(path: source, mode: .readWrite) }
        try StoreFile.checkIdentity(of: original, path: source, schema: .central)
        try StoreFile.storageCall {
            let copy = try Connection(path: staging, mode: .readWrite)
            try original.copy(into: copy)
            try MetaTable.set(MetaTable.storeID, String(UInt64.random(in: 1...UInt64.max), radix: 16), in: copy)
            try copy.close()
            try original.close()
        }
    }

    /// Reopens the finished copy from disk and runs `PRAGMA integrity_check` on it.
    private static func check(_ staging: String, copiedFrom source: String) throws {
        let problems = try StoreFile.storageCall {
            let copy = try Connection(path: staging, mode: .readOnly)
            defer { try? copy.close() }
            return try copy.integrityCheck()
        }
        guard problems == ["ok"] else {
            throw StoreError.damagedCopy(source: source, problem: problems.prefix(3).joined(separator: "; "))
        }
    }

    /// Renames the checked copy to `target`, refusing a file that appeared there meanwhile, then
    /// flushes the folder so the new name survives a power cut.
    private static func place(_ staging: String, at target: String) throws {
        do {
            try FileManager.default.moveItem(atPath: staging, toPath: target)
        } catch {
            if FileManager.default.fileExists(atPath: target) { throw StoreError.backupTargetExists(path: target) }
            throw StoreError.backupTargetUnusable(path: target, reason: "the finished copy could not be renamed (\(error.localizedDescription))")
        }
        try? FileHandle(forReadingAtPath: folder(of: target))?.synchronize()
    }

    /// Removes the staging file and any journal SQLite left beside it; nothing is left after a move.
    private static func removeStaging(_ staging: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: staging + suffix)
        }
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
