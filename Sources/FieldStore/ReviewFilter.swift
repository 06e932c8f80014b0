import FieldCore

/// What a coordinator's note list shows. Every condition given must hold.
public struct ReviewFilter: Sendable, Equatable {
    public var neighbourhood: String?
    /// Notes recorded at or after this instant.
    public var from: Timestamp?
    /// Notes recorded before this instant.
    public var before: Timestamp?
    public var officer: String?
    public var topic: String?
    public var tag: String?
    public var mood: Mood?
    public var followUpStatus: FollowUpStatus?
    public var followUpOwner: String?
    /// true: only notes with a follow-up (open or done); false: only notes without; nil: both.
    public var hasFollowUp: Bool?
    /// Notes whose follow-up is due before this instant; with `followUpStatus = .open`, the overdue ones.
    public var followUpDueBefore: Timestamp?
    /// true: only notes in conflict; false: only notes without; nil: both.
    public var hasConflict: Bool?
    /// Words that must all occur in the topic, summary, location, neighbourhood, follow-up or tags
    /// (accents ignored: "cafe" finds "café").
    public var search: String?
    public var includeDeleted = false

    public init() {}
}
