import FieldCore
import Foundation
import SQLiteKit

/// Puts a central store back from a backup: the admin's deliberate act after losing the live store.
///
/// The backup is copied the careful way a backup is made (a staging file beside the store,
/// `PRAGMA integrity_check`, a rename). The copy gets a new store id, so every device's pull
/// cursor is unknown to it and each device pushes everything again (SyncProtocol.md §7.3); and it
/// opens a relay window (RelayWindow), so those pushes may carry other devices' writes the backup
/// lacks. The store it replaces is never deleted: it is checkpointed and kept beside it as
/// `PATH.replaced-<UTC time>`. A store another process has open is refused before anything changes.
public enum StoreRestore {
    /// Restores `backup` into `store` and opens a relay window of `relayDays` days from `now`.
    public static func restore(from backup: String, into store: String, relayDays: Int = RelayWindow.defaultDays,
                               at now: Timestamp = .now()) throws -> RestoreSummary {
        try checkBackup(backup, against: store)
        let hold = FileManager.default.fileExists(atPath: store) ? try ExclusiveStoreHold(path: store) : nil
        let window = RelayWindow.opening(days: relayDays, at: now)
        let staging = try StoreBackup.stageCopy(of: backup, beside: store) {
            try window.save(in: $0)
            try CoordinatorGeneration.advance(in: $0)
        }
        defer { StoreBackup.removeStaging(staging) }
        let (storeID, notes) = try identity(of: staging)
        let kept = try hold.map { hold in
            let kept = try freeName(for: store, at: now)
            try hold.moveAside(to: kept)
            return kept
        }
        do {
            try StoreBackup.place(staging, at: store)
        } catch {
            if let kept { try? FileManager.default.moveItem(atPath: kept, toPath: store) }
            throw StoreError.restoreTargetUnusable(path: store, reason: "the checked copy could not be renamed into place (\(error)); the old store is back")
        }
        return RestoreSummary(backup: backup, store: store, replacedStoreKeptAt: kept, storeID: storeID, notes: notes, relayWindow: window)
    }

    /// Refuses a missing backup, the store itself, and a file that is not a FieldKit server store.
    private static func checkBackup(_ backup: String, against store: String) throws {
        guard FileManager.default.fileExists(atPath: backup) else { throw StoreError.noStore(path: backup) }
        let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        guard resolved(backup) != resolved(store) else { throw StoreError.restoreOntoItself(path: store) }
        // Read-write but only read, as the copy does: closing it then leaves no -wal or -shm beside the backup.
        let connection = try StoreFile.storageCall { try Connection(path: backup, mode: .readWrite) }
        defer { try? connection.close() }
        try StoreFile.checkIdentity(of: connection, path: backup, schema: .central)
    }

    /// The copy's new store id and how many notes it holds, for the summary.
    private static func identity(of staging: String) throws -> (storeID: String, notes: Int) {
        try StoreFile.storageCall {
            let connection = try Connection(path: staging, mode: .readOnly)
            defer { try? connection.close() }
            let notes = try connection.cachedStatement("SELECT count(*) FROM records WHERE kind = 'note'").query().first?[0].int64 ?? 0
            return (try MetaTable.value(MetaTable.storeID, in: connection) ?? "", Int(notes))
        }
    }

    /// `PATH.replaced-20260905T131200Z`, with `-2`, `-3`… added when an earlier restore took that name.
    static func freeName(for store: String, at now: Timestamp) throws -> String {
        let stamp = String(now.iso8601.prefix(19)).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
        let base = store + ".replaced-" + stamp
        for attempt in 1...100 {
            let name = attempt == 1 ? base : base + "-\(attempt)"
            if !["", "-wal", "-shm"].contains(where: { FileManager.default.fileExists(atPath: name + $0) }) { return name }
        }
        throw StoreError.restoreTargetUnusable(path: store, reason: "\(base) and 99 more names for the replaced store are taken")
    }
}
