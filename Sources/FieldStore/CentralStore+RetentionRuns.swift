import FieldCore
import SQLiteKit

/// Bookkeeping of retention runs, for `retention show` and the run's own report.
extension CentralStore {
    /// The last run that wrote (not a dry run): when, and its counts; nil before the first.
    public func lastRetentionRun() throws -> RetentionReport? {
        try read {
            let parts = (try MetaTable.value(MetaTable.retentionLastRun, in: connection) ?? "").split(separator: " ").compactMap { Int64($0) }
            guard parts.count == 3 else { return nil }
            var report = RetentionReport(dryRun: false, at: Timestamp(milliseconds: parts[0]))
            report.contactsErased = Int(parts[1])
            report.notesErased = Int(parts[2])
            return report
        }
    }

    /// When the running server's schedule runs next; nil when no server has said.
    public func nextRetentionRun() throws -> Timestamp? {
        try read { try MetaTable.value(MetaTable.retentionNextRun, in: connection).flatMap { Int64($0) }.map(Timestamp.init(milliseconds:)) }
    }

    /// Records when the schedule runs next (nil: no schedule, e.g. the server stopped).
    public func setNextRetentionRun(_ time: Timestamp?) throws {
        try write { try MetaTable.set(MetaTable.retentionNextRun, time.map { String($0.milliseconds) }, in: connection) }
    }

    func recordRetentionRun(_ report: RetentionReport) throws {
        let text = "\(report.at.milliseconds) \(report.contactsErased) \(report.notesErased)"
        try write { try MetaTable.set(MetaTable.retentionLastRun, text, in: connection) }
    }
}
