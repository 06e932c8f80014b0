import FieldCore

/// What one retention run did (or, in a dry run, would do): counts only, never note contents.
public struct RetentionReport: Sendable, Equatable {
    /// Notes whose contact details were erased.
    public var contactsErased = 0
    /// Notes erased whole.
    public var notesErased = 0
    /// Whether nothing was written (`retention run --dry-run`).
    public let dryRun: Bool
    /// False when the log could not be truncated (another program was reading); retried next run.
    public var compacted = true
    /// When the run took place.
    public let at: Timestamp

    public init(dryRun: Bool, at: Timestamp) {
        self.dryRun = dryRun
        self.at = at
    }

    /// `erased contact on 3 notes, erased 1 note` (`would erase ...` for a dry run).
    public var summary: String {
        let verb = dryRun ? "would erase" : "erased"
        let notes = notesErased == 1 ? "1 note" : "\(notesErased) notes"
        let contacts = contactsErased == 1 ? "1 note" : "\(contactsErased) notes"
        return "\(verb) contact on \(contacts), \(verb) \(notes)"
    }
}
