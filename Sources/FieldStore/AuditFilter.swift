import FieldCore

/// Which audit entries `CentralStore.auditEntries` returns, newest first. Empty means all.
public struct AuditFilter: Sendable, Equatable {
    /// Only entries by this actor (the same name in any letter case).
    public var actor: String?
    /// Only entries naming this record id.
    public var recordID: String?
    /// Only entries recorded at or after this time.
    public var since: Timestamp?
    /// Only entries recorded before this time.
    public var before: Timestamp?
    /// At most this many entries.
    public var limit: Int

    public init(actor: String? = nil, recordID: String? = nil, since: Timestamp? = nil, before: Timestamp? = nil, limit: Int = 100) {
        self.actor = actor
        self.recordID = recordID
        self.since = since
        self.before = before
        self.limit = limit
    }
}
