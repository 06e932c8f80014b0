import FieldCore

/// A note or stand that `purge` removed from the laptop (or would, in a dry run): enough to list
/// it for the officer, nothing of what a resident said.
public struct PurgedRecord: Sendable, Equatable {
    public let id: String
    public let kind: RecordKind
    /// The note's recorded time, or the stand's opening time.
    public let recordedAt: Timestamp?
    public let neighbourhood: String?
    /// The note's topic; nil for a stand.
    public let topic: String?
}
