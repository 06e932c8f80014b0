import FieldCore

/// Which notes a listing shows. Every condition given must hold.
public struct NoteFilter: Sendable, Equatable {
    public var neighbourhood: String?
    public var topic: String?
    public var followUpStatus: FollowUpStatus?
    /// Notes recorded at or after this instant.
    public var recordedFrom: Timestamp?
    /// Notes recorded before this instant.
    public var recordedBefore: Timestamp?
    public var includeDeleted: Bool
    public var onlyConflicted: Bool

    public init(
        neighbourhood: String? = nil, topic: String? = nil, followUpStatus: FollowUpStatus? = nil,
        recordedFrom: Timestamp? = nil, recordedBefore: Timestamp? = nil,
        includeDeleted: Bool = false, onlyConflicted: Bool = false
    ) {
        self.neighbourhood = neighbourhood
        self.topic = topic
        self.followUpStatus = followUpStatus
        self.recordedFrom = recordedFrom
        self.recordedBefore = recordedBefore
        self.includeDeleted = includeDeleted
        self.onlyConflicted = onlyConflicted
    }
}
