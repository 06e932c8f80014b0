import SQLiteKit

/// The central store's free-text index (`records_text`), brought up to date once per write.
///
/// Every write transaction that stores records calls `refresh(after:)` with the sequence number it
/// started from; the records it stored are exactly those with a higher `seq`. Two statements per
/// transaction, however many records, so FTS5 builds one segment per push rather than one per row.
enum TextIndex {
    private static let removeChanged = """
        DELETE FROM records_text WHERE rowid IN (SELECT rowid FROM records WHERE seq > ?)
        """
    private static let addChanged = """
        INSERT INTO records_text (rowid, topic, summary, location, neighbourhood, follow_up, tags)
        SELECT rowid, topic, summary, location, neighbourhood, follow_up, tags FROM records WHERE seq > ?
        """

    /// Re-indexes every record stored after `seq`, in the caller's transaction.
    static func refresh(after seq: Int64, in connection: Connection) throws {
        try connection.cachedStatement(removeChanged).execute([.integer(seq)])
        try connection.cachedStatement(addChanged).execute([.integer(seq)])
    }
}
