import CrashPoints
import FieldCore
import FieldStore

/// The sync pipeline: push every local change in batches, then pull the change feed in pages.
///
/// Each step checkpoints only after its data is durable (PouchDB issue #1240 is the bug to avoid):
/// - push: a batch's changes are acknowledged locally only after the server answered 200, so a
///   cut-off push is simply sent again (the server's merge makes the repeat harmless);
/// - pull: each page is merged and its cursor saved in one local transaction, so an interrupted
///   pull resumes after the last page that was really applied.
///
/// Each answer's `server_time` also measures the laptop's clock against the server's; a sync that
/// completes saves the last measurement (`LocalStore.clockOffset`) for `fieldkit status`.
public final class SyncEngine {
    private let store: LocalStore
    private let transport: SyncTransport
    private let batchSize: Int
    private let pageSize: Int
    private let progress: (SyncProgress) -> Void
    /// The laptop's clock; tests give a skewed one rather than changing the system's.
    private let clock: () -> Timestamp

    public init(
        store: LocalStore, transport: SyncTransport, batchSize: Int = 500,
        pageSize: Int = SyncProtocol.defaultPullLimit, progress: @escaping (SyncProgress) -> Void = { _ in },
        clock: @escaping () -> Timestamp = Timestamp.now
    ) {
        self.store = store
        self.transport = transport
        self.batchSize = max(1, min(batchSize, SyncProtocol.maximumPushRecords))
        self.pageSize = max(1, min(pageSize, SyncProtocol.maximumPullLimit))
        self.progress = progress
        self.clock = clock
    }

    /// Push, then pull. Throws `SyncFailure` (or a store error) at the first step that fails;
    /// whatever was checkpointed before it stays done.
    public func run() throws -> SyncReport {
        var report = SyncReport()
        try push(into: &report)
        do {
            try pull(into: &report)
        } catch SyncFailure.rejected(409, "cursor_unknown", _) {
            // The server's store was replaced, e.g. restored from a backup: it may lack what this
            // device pushed since, so push everything again, then read the feed from the start.
            try store.forgetServerProgress()
            try push(into: &report)
            try pull(into: &report)
        }
        if let offset = report.clockOffset { try store.recordClockOffset(offset) }
        return report
    }

    /// Sends batches until no local change is left unacknowledged.
    public func push(into report: inout SyncReport) throws {
        while let batch = try store.nextPushBatch(limit: batchSize) {
            let sent = clock()
            let response = try transport.push(PushRequest(device: store.identity.deviceID, records: batch.records))
            let received = clock()
            report.clockOffset = .measured(sent: sent, received: received, serverTime: response.serverTime)
            guard response.results.count == batch.records.count else {
                throw SyncFailure.badResponse("push answered \(response.results.count) results for \(batch.records.count) records")
            }
            CrashPoint.reach(.clientPushAfterAnswer)
            try store.acknowledgePush(throughSeq: batch.throughSeq, at: received)
            report.pushBatches += 1
            report.pushedRecords += batch.records.count
            report.pushedNotes += batch.noteCount
            progress(.pushed(records: report.pushedRecords))
            CrashPoint.reach(.clientPushBetweenBatches)
        }
    }

    /// Applies pages until the server says there is no more; if any page brought an erasure, the
    /// store's log is truncated at the end so the erased data is gone from the files too.
    public func pull(into report: inout SyncReport) throws {
        var erasures = 0
        defer { if erasures > 0 { store.compactAfterErasure() } }
        while true {
            let sent = clock()
            let page = try transport.pull(cursor: try store.pullCursor(), limit: pageSize)
            let received = clock()
            report.clockOffset = .measured(sent: sent, received: received, serverTime: page.serverTime)
            let applied = try store.applyPulled(page.records, cursor: page.cursor, at: received)
            erasures += applied.erasures
            report.pullPages += 1
            report.pulledRecords += applied.changed
            report.newConflicts += applied.newConflicts
            progress(.pulled(records: report.pulledRecords))
            CrashPoint.reach(.clientPullAfterCommit)
            if !page.more || page.records.isEmpty { return }
        }
    }
}
