import FieldCore
import SQLiteKit

/// A record as purge weighs it: when it was last synced here and whether it has unpushed changes.
struct PurgeCandidate {
    /// Every record of one kind, with its latest local change (sequence and time) and when it was last synced.
    static let query = """
        SELECT r.id, r.kind, r.version, r.recorded_at, r.neighbourhood, r.topic, r.stand_id, r.closed_at, r.deleted,
               (SELECT max(c.seq) FROM changes c WHERE c.record_id = r.id) AS last_seq,
               (SELECT max(c.at) FROM changes c WHERE c.record_id = r.id) AS last_write,
               (SELECT s.at FROM synced s WHERE s.record_id = r.id) AS last_synced
        FROM records r WHERE r.kind = ? ORDER BY r.recorded_at, r.id
        """

    let record: PurgedRecord
    /// The stored version vector, as text: kept in `purged` to say what the laptop held.
    let version: String
    let standID: String?
    /// A closed or deleted stand: one that no officer will log at again.
    let isFinished: Bool
    /// The latest local change to it, if this laptop ever wrote it.
    let lastSeq: Int64?
    /// When the server last acknowledged a push of it or a pull changed it here; nil when never.
    let lastSynced: Timestamp?
    /// When anything last happened to it here: a local write or a sync.
    let lastTouched: Timestamp?

    init(_ row: Row) {
        let kind = RecordKind(rawValue: row.string("kind") ?? "") ?? .note
        record = PurgedRecord(
            id: row.string("id") ?? "", kind: kind, recordedAt: row.int64("recorded_at").map(Timestamp.init(milliseconds:)),
            neighbourhood: row.string("neighbourhood"), topic: kind == .note ? row.string("topic") : nil)
        version = row.string("version") ?? "{}"
        standID = row.string("stand_id")
        isFinished = row.int64("closed_at") != nil || row.int64("deleted") == 1
        lastSeq = row.int64("last_seq")
        lastSynced = row.int64("last_synced").map(Timestamp.init(milliseconds:))
        lastTouched = [row.int64("last_write"), row.int64("last_synced")].compactMap { $0 }.max().map(Timestamp.init(milliseconds:))
    }

    /// Whether the server has acknowledged every local change to it.
    func isAcknowledged(through pushedThrough: Int64) -> Bool {
        (lastSeq ?? 0) <= pushedThrough
    }

    /// Whether the server has everything of it, and has had it since before `cutoff`.
    func isSynced(before cutoff: Timestamp, through pushedThrough: Int64) -> Bool {
        isAcknowledged(through: pushedThrough) && lastSynced.map { $0 < cutoff } == true
    }

    /// Whether it waits to be pushed although nothing happened to it here since `cutoff`: what
    /// purge keeps, and says it kept.
    func isKeptUnsynced(before cutoff: Timestamp, through pushedThrough: Int64) -> Bool {
        !isAcknowledged(through: pushedThrough) && lastTouched.map { $0 < cutoff } == true
    }
}
