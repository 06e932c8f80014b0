import SQLiteKit

/// Walks an audit chain in order, entry by entry, and stops at the first place it does not hold.
///
/// Each entry must follow the one before it (no gap in `seq`), give its own hash from its columns,
/// and carry the previous entry's hash (the first: the store's chain start). At the end, the last
/// entry must be the head the store recorded in meta, so entries removed from the end show too.
struct AuditVerifier {
    /// The head recorded in meta; nil when it is missing or unreadable.
    let head: (seq: Int64, hash: String)?
    private var expectedSeq: Int64 = 1
    /// What the next entry's `prev_hash` must be; nil when the store records no chain start.
    private var expectedPrevious: String?
    private var count = 0
    private var last: AuditEntry?

    init(genesis: String?, head: (seq: Int64, hash: String)?) {
        self.head = head
        expectedPrevious = genesis
    }

    /// Checks the next row (all columns, in `AuditTable.columns` order); returns the break if it does not hold.
    mutating func check(_ row: Row) -> AuditBreak? {
        let entry = AuditTable.decode(row)
        func broken(_ problem: AuditProblem) -> AuditBreak { AuditBreak(seq: entry.seq, entry: entry, problem: problem) }
        if entry.seq != expectedSeq { return broken(.missingBefore(from: expectedSeq, through: entry.seq - 1)) }
        guard row["hash"] == .text(AuditChain.hash(AuditTable.hashedValues(of: row))) else { return broken(.edited) }
        guard let expectedPrevious, row["prev_hash"] == .text(expectedPrevious) else {
            return broken(entry.seq == 1 ? .notChainStart : .previousMismatch(previous: entry.seq - 1))
        }
        if let head, entry.seq > head.seq { return broken(.beyondHead(head: head.seq)) }
        self.expectedPrevious = entry.hash
        expectedSeq += 1
        count += 1
        last = entry
        return nil
    }

    /// The verdict once every row was checked: the chain must end at the recorded head.
    func finish() -> AuditVerification {
        let lastSeq = last?.seq ?? 0
        guard let head else {
            guard let last else { return .intact(count: 0, last: nil) }
            return .broken(AuditBreak(seq: last.seq, entry: last, problem: .headMissing))
        }
        if head.seq > lastSeq {
            return .broken(AuditBreak(seq: lastSeq + 1, entry: nil, problem: .missingAtEnd(from: lastSeq + 1, through: head.seq)))
        }
        if let last, last.hash != head.hash {
            return .broken(AuditBreak(seq: last.seq, entry: last, problem: .headMismatch))
        }
        return .intact(count: count, last: last)
    }
}
