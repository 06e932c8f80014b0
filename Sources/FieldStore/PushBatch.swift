import FieldCore

/// The next records a device must push, and the change-sequence point they cover.
public struct PushBatch: Sendable, Equatable {
    public let records: [Record]
    /// Every local change up to this sequence number is covered by this batch or by a later one;
    /// once the server has acknowledged the batch, the device may checkpoint here.
    public let throughSeq: Int64
    /// How many notes (not stands) the batch holds, for progress and the summary.
    public var noteCount: Int { records.filter { $0.kind == .note }.count }
}
