/// Meta keys of the retention policy and of erasure upkeep (kept apart from MetaTable's own list).
extension MetaTable {
    /// How long a note keeps its contact details, in milliseconds; absent when that retention is off.
    static let retentionContact = "retention.contact_ms"
    /// How long a note is kept before it is erased whole, in milliseconds; absent when off.
    static let retentionNotes = "retention.notes_ms"
    /// The last run: `<ms> <contacts erased> <notes erased>`.
    static let retentionLastRun = "retention.last_run"
    /// When the running server's schedule runs next, in milliseconds.
    static let retentionNextRun = "retention.next_run"
    /// Set by an erasure until its leftovers are compacted: `text` (the free-text index too) or `log`.
    static let compactionPending = "erasure.compaction_pending"
}
