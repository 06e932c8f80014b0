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
    /// `now` stamps the history and decides whether a relay window (RelayWindow) is open.
    public func push(_ records: [Record], from device: DeviceID, at now: Timestamp = .now()) throws -> PushResult {
        try write {
            let firstSeq = try lastSeq()
            var seq = firstSeq
            var seen = Set<String>()
            var changes: [MergeOutcome.Change] = []
            var relays: [RelayedWrite] = []
            changes.reserveCapacity(records.count)
            let relaysAllowed = try RelayWindow.load(in: connection).isOpen(at: now)
            for record in records {
                guard seen.insert(record.id).inserted else { throw PushRejection.duplicateRecord(id: record.id) }
                let held = try RecordTable.loadStored(id: record.id, in: connection)
                if held?.version == record.storedVersion {
                    changes.append(.unchanged)  // a retry or an echo: already held, nothing to check or store
                    continue
                }
                let stored = try held.map(RecordTable.decode)
                relays += try Self.check(record, against: stored, pushedBy: device, relaysAllowed: relaysAllowed)
                let outcome = RecordMerge.apply(record, to: stored)
                // Two valid records can merge into an invalid one (more fields than allowed); storing
                // it would serve every device a record its pull refuses, so the push is refused instead.
                if let problem = outcome.record.validationProblem() {
                    throw PushRejection.invalidRecord(id: record.id, reason: "merged with the server's copy, \(problem)")
                }
                if outcome.change != .unchanged {
                    seq += 1
                    try RecordTable.save(outcome.record, seq: seq, in: connection)
                    try ChangeHistory.append(seq: seq, old: stored, new: outcome.record, source: device.rawValue, at: now, in: connection)
                    CrashPoint.reach(.serverPushMidMerge)
                }
                changes.append(outcome.change)
            }
            if seq > firstSeq { try TextIndex.refresh(after: firstSeq, in: connection) }
            CrashPoint.reach(.serverPushBeforeCommit)
            return PushResult(changes: changes, relays: relays)
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
    /// server holds, may not drop a value without carrying the newer write that replaced it, and
    /// may not write an erasure.
    ///
    /// While a relay window is open (`relaysAllowed`), advancing another device's counter is
    /// accepted and returned as a relay instead of refused; every other check stays.
    static func check(_ record: Record, against stored: Record?, pushedBy device: DeviceID, relaysAllowed: Bool) throws -> [RelayedWrite] {
        // Checked before validity (which refuses any erasure not by a coordinator), so a device that
        // writes an erasure itself gets the specific refusal.
        if record.fields[RecordField.erased]?.entries.contains(where: { $0.dot.device == device }) == true {
            throw PushRejection.erasureRefused(id: record.id, device: device)
        }
        if let problem = record.validationProblem() { throw PushRejection.invalidRecord(id: record.id, reason: problem) }
        if let stored, stored.kind != record.kind { throw PushRejection.kindMismatch(id: record.id) }
        let relays = claimsBeyondServer(record, known: stored?.version ?? .empty, pushedBy: device)
        if let forged = relays.first, !relaysAllowed {
            throw PushRejection.forgedCounter(id: record.id, device: forged.device, claimed: forged.claimed, seen: forged.seen)
        }
        guard let stored else { return relays }
        for name in Set(stored.fields.keys).union(record.fields.keys) {
            try checkField(name, pushed: record, stored: stored)
        }
        return relays
    }

    /// Every counter of another device that `record` advances beyond what the server has seen,
    /// sorted by device id so refusals and logs are the same whatever the dictionary order.
    private static func claimsBeyondServer(_ record: Record, known: VersionVector, pushedBy device: DeviceID) -> [RelayedWrite] {
        record.version.counters
            .filter { other, claimed in other != device && claimed > known[other] }
            .map { RelayedWrite(recordID: record.id, pusher: device, device: $0.key, claimed: $0.value, seen: known[$0.key]) }
            .sorted { $0.device.rawValue < $1.device.rawValue }
    }

    /// One field of the guard. A correct replica only loses an entry the server holds when a write
    /// that saw it replaced it, and the server has not seen that write (had it, the server would no
    /// longer hold the entry); so such a drop must come with an entry the server has not seen.
    /// The one other way is the record's erasure forbidding the entry (ErasureRule).
    private static func checkField(_ name: String, pushed: Record, stored: Record) throws {
        let pushedEntries = pushed.fields[name]?.entries ?? []
        let storedEntries = stored.fields[name]?.entries ?? []
        for entry in pushedEntries {
            if let held = storedEntries.first(where: { $0.dot == entry.dot }), held != entry {
                throw PushRejection.tamperedWrite(id: pushed.id, dot: entry.dot)
            }
        }
        let pushedDots = Set(pushedEntries.map(\.dot))
        // A value the pushed record's erasure forbids was dropped by the erasure rule, not replaced
        // (after a restore, laptops relay erasures the server lacks); the merge drops it here too.
        let level = ErasureRule.level(of: pushed)
        let dropsAValue = storedEntries.contains { entry in
            pushed.version.contains(entry.dot) && !pushedDots.contains(entry.dot)
                && level.map { ErasureRule.keeps(entry.value, in: name, at: $0) } ?? true
        }
        let bringsNewWrite = pushedEntries.contains { !stored.version.contains($0.dot) }
        if dropsAValue && !bringsNewWrite {
            throw PushRejection.missingWrite(id: pushed.id, field: name)
        }
    }
}
