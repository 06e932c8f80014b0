import FieldCore

/// One run of the retention policy: plan, erase in batches, compact.
///
/// Each step runs through `access`, which hands it the store: the command line passes its own
/// store, the running server passes each step through its store lock (StoreGate), so pushes and
/// pulls go on between batches instead of waiting for the whole run.
public enum RetentionRunner {
    /// Notes erased per transaction.
    public static let batchSize = 500

    /// Runs the policy at `now`; a dry run only counts. Erases whole notes first, then contacts.
    public static func run(
        at now: Timestamp = .now(), dryRun: Bool = false, batchSize: Int = batchSize,
        access: ((CentralStore) throws -> Void) throws -> Void
    ) throws -> RetentionReport {
        var report = RetentionReport(dryRun: dryRun, at: now)
        var plan = RetentionPlan(notes: [], contacts: [])
        try access { plan = try $0.retentionPlan(at: now) }
        if dryRun {
            report.notesErased = plan.notes.count
            report.contactsErased = plan.contacts.count
            return report
        }
        let size = max(1, batchSize)
        for (level, ids) in [(ErasureLevel.note, plan.notes), (.contact, plan.contacts)] {
            for start in stride(from: 0, to: ids.count, by: size) {
                let batch = Array(ids[start..<min(start + size, ids.count)])
                try access { store in
                    let erased = try store.applyRetention(batch, level: level, at: now)
                    if level == .note { report.notesErased += erased } else { report.contactsErased += erased }
                }
            }
        }
        try access { store in
            try store.recordRetentionRun(report)
            report.compacted = try store.compactAfterErasure()
        }
        return report
    }
}
