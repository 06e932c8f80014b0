import FieldCore
import SQLiteKit

/// The audit trail: appending entries, listing them, and checking the chain (AuditChain, AuditTable).
extension CentralStore {
    /// Appends `event` to the audit trail, in its own transaction, as recorded at `time`.
    @discardableResult
    public func appendAudit(_ event: AuditEvent, at time: Timestamp = .now()) throws -> AuditEntry {
        try write { try AuditTable.append(event, at: time, in: connection) }
    }

    /// Appends `event` without waiting for the disk: for entries written on every read request (pulls).
    ///
    /// A durable commit costs an fsync; one per pull made a trivial pull 10 times slower (1,647
    /// against ~17,000 requests/s in `fieldkit-bench --only rate`). With `synchronous = NORMAL` in WAL
    /// mode the entry is committed and the file stays consistent, but it reaches the disk with the
    /// next durable write or checkpoint: a power cut can lose the last entries written this way (and
    /// only those; every write of records stays FULL). The chain is unaffected: a lost tail is simply
    /// not there, and the head in meta is written in the same transaction.
    @discardableResult
    public func appendAuditDeferred(_ event: AuditEvent, at time: Timestamp = .now()) throws -> AuditEntry {
        try StoreFile.storageCall { try connection.execute("PRAGMA synchronous = NORMAL") }
        defer { try? connection.execute("PRAGMA synchronous = FULL") }
        return try appendAudit(event, at: time)
    }

    /// Runs `body` and appends the audit entry `describe` makes of its result (none when it returns
    /// nil), in one transaction: the change and its entry are stored together or not at all.
    ///
    /// The store's own writes inside `body` (push, write, resolve) become savepoints of this
    /// transaction, so they need no change to be audited. If `body` throws, nothing is stored.
    public func audited<T>(at time: Timestamp = .now(), _ body: () throws -> T,
                           entry describe: (T) throws -> AuditEvent?) throws -> T {
        try write {
            let result = try body()
            if let event = try describe(result) { _ = try AuditTable.append(event, at: time, in: connection) }
            return result
        }
    }

    /// The entries matching `filter`, newest first.
    public func auditEntries(_ filter: AuditFilter) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [SQLiteValue] = []
        if let actor = filter.actor {
            conditions.append("actor = ? COLLATE NOCASE")
            arguments.append(.text(actor))
        }
        if let id = filter.recordID {
            // instr() on the id as the JSON array spells it skips most rows cheaply; json_each() decides.
            conditions.append("instr(record_ids, ?) > 0 AND EXISTS (SELECT 1 FROM json_each(audit.record_ids) WHERE value = ?)")
            arguments += [.text(JSONWriter.writeString(.string(id))), .text(id)]
        }
        if let since = filter.since {
            conditions.append("at >= ?")
            arguments.append(.integer(since.milliseconds))
        }
        if let before = filter.before {
            conditions.append("at < ?")
            arguments.append(.integer(before.milliseconds))
        }
        let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try read {
            try connection.query("SELECT \(AuditTable.columns) FROM audit WHERE \(condition) ORDER BY seq DESC LIMIT ?",
                                 arguments + [.integer(Int64(max(0, filter.limit)))]).map(AuditTable.decode)
        }
    }

    /// Checks the whole chain and names its first broken entry, if any.
    ///
    /// This shows edits and removals made to the store file behind FieldKit's back. Its honest
    /// limit: someone who can rewrite the whole file can also recompute every hash and the head;
    /// only a copy of the head kept elsewhere (the hash `audit verify` prints) shows that.
    public func verifyAudit() throws -> AuditVerification {
        try read {
            try connection.transaction(.deferred) {
                var verifier = AuditVerifier(genesis: try AuditTable.recordedGenesis(in: connection),
                                             head: try AuditTable.recordedHead(in: connection))
                let rows = try connection.prepare("SELECT \(AuditTable.columns) FROM audit ORDER BY seq")
                defer { rows.reset() }  // so the read transaction ends with no statement running
                while try rows.step() {
                    if let broken = verifier.check(rows.currentRow()) { return .broken(broken) }
                }
                return verifier.finish()
            }
        }
    }
}
