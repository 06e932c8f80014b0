import FieldCore

/// One page of the central store's change feed.
public struct PullPage: Sendable, Equatable {
    public let records: [Record]
    /// The cursor to continue from; the same cursor as given when the page is empty.
    public let cursor: String
    public let more: Bool
}

/// A pull cursor the store cannot use.
public enum CursorError: Error, Equatable, CustomStringConvertible {
    /// Not a cursor this protocol produces.
    case malformed
    /// A cursor from another server store (for example one restored or replaced): start again from the beginning.
    case unknownStore

    public var description: String {
        switch self {
        case .malformed: return "the cursor is not one this server produced"
        case .unknownStore: return "the cursor belongs to another server store; pull again without a cursor"
        }
    }
}
