import CrashPoints
import FieldCore
import SQLiteKit

/// Merging pushed records into the central store.
extension CentralStore {
    /// Merges a device's batch, all or nothing, and says what happened to each record.
    ///
    /// Each record is validated and guarded before it is merged; any refusal throws a
    /// `PushRejection` and rolls the whole batch back. A record the merge leaves unchanged gets
    /// no new sequence number, which is what makes a retried or duplicated push harmless.
    public func push(_ records: [Record], from device: DeviceID, at now: Timestamp = .now()) throws -> [MergeOutcome.Change] {
        try write {
            var seq = try lastSeq()
            var seen = Set<String>()
            var changes: [MergeOutcome.Change] = []
            changes.reserveCapacity(records.count)
            for record in records {
                guard seen.insert(record.id).inserted else { throw PushRejection.duplicateRecord(id: record.id) }
                if try RecordTable.loadVersion(id: record.id, in: connection) == record.version {
                    changes.append(.unchanged)  // a retry or an echo: already held, nothing to check or store
                    continue
                }
                let stored = try RecordTable.load(id: record.id, in: connection)
                try Self.check(record, against: stored, pushedBy: device)
                let outcome = RecordMerge.apply(record, to: stored)
                if outcome.change != .unchanged {
                    seq += 1
                    try RecordTable.save(outcome.record, seq: seq, in: connection)
                    try ChangeHistory.append(seq: seq, old: stored, new: outcome.record, source: device.rawValue, at: now, in: connection)
                    CrashPoint.reach(.serverPushMidMerge)
                }
                changes.append(outcome.change)
            }
            CrashPoint.reach(.serverPushBeforeCommit)
            return changes
        }
    }

    /// Stores a record written on the server itself (a coordinator's change), as the next change.
    public func saveServerWrite(_ record: Record, source: String = "server", at now: Timestamp = .now()) throws {
        try write { try storeServerWrite(record, old: try RecordTable.load(id: record.id, in: connection), source: source, at: now) }
    }

    /// The full merged state of a record.
    public func record(id: String) throws -> Record? {
        try read { try RecordTable.load(id: id, in: connection) }
    }

    func lastSeq() throws -> Int64 {
        try connection.cachedStatement("SELECT coalesce(max(seq), 0) FROM records").query().first?[0].int64 ?? 0
    }

    /// The push guard: a device may advance only its own counter, may not alter any write the
    /// server holds, and may not drop a value without carrying the newer write that replaced it.
    static func check(_ record: Record, against stored: Record?, pushedBy device: DeviceID) throws {
        if let problem = record.validationProblem() { throw PushRejection.invalidRecord(id: record.id, reason: problem) }
        if let stored, stored.kind != record.kind { throw PushRejection.kindMismatch(id: record.id) }
        let known = stored?.version ?? .empty
        for (other, claimed) in record.version.counters where other != device && claimed > known[other] {
            throw PushRejection.forgedCounter(id: record.id, device: other, claimed: claimed, seen: known[other])
        }
        guard let stored else { return }
        for name in Set(stored.fields.keys).union(record.fields.keys) {
            try checkField(name, pushed: record, stored: stored)
        }
    }

    /// One field of the guard. A correct replica only loses an entry the server holds when a write
    /// that saw it replaced it, and the server has not seen that write (had it, the server would no
    /// longer hold the entry); so such a drop must come with an entry the server has not seen.
    private static func checkField(_ name: String, pushed: Record, stored: Record) throws {
        let pushedEntries = pushed.fields[name]?.entries ?? []
        let storedEntries = stored.fields[name]?.entries ?? []
        for entry in pushedEntries {
            if let held = storedEntries.first(where: { $0.dot == entry.dot }), held != entry {
                throw PushRejection.tamperedWrite(id: pushed.id, dot: entry.dot)
            }
        }
        let pushedDots = Set(pushedEntries.map(\.dot))
        let dropsAValue = storedEntries.contains { pushed.version.contains($0.dot) && !pushedDots.contains($0.dot) }
        let bringsNewWrite = pushedEntries.contains { !stored.version.contains($0.dot) }
        if dropsAValue && !bringsNewWrite {
            throw PushRejection.missingWrite(id: pushed.id, field: name)
        }
    }
}
