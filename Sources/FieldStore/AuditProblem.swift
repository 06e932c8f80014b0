/// What is wrong at the first broken place of an audit chain, in words for the person checking it.
public enum AuditProblem: Sendable, Equatable, CustomStringConvertible {
    /// Its columns no longer give its hash: it was changed after it was written.
    case edited
    /// Its `prev_hash` is not the hash of the entry before it, which was rewritten with a new hash (or this field was).
    case previousMismatch(previous: Int64)
    /// The first entry does not start from this store's chain start.
    case notChainStart
    /// The entries `from...through` before it are gone.
    case missingBefore(from: Int64, through: Int64)
    /// The entries `from...through` at the end are gone: the store records `through` as its last entry.
    case missingAtEnd(from: Int64, through: Int64)
    /// The store's record of its last entry (meta `audit_head`) is gone or unreadable.
    case headMissing
    /// It is the last entry, but not the one the store recorded as last: the end of the chain was replaced.
    case headMismatch
    /// It comes after the entry the store recorded as its last one, so FieldKit did not append it.
    case beyondHead(head: Int64)

    public var description: String {
        switch self {
        case .edited:
            return "its contents do not match its hash, so it was changed after it was written"
        case .previousMismatch(let previous):
            return "its prev_hash is not the hash of entry \(previous), so entry \(previous) was rewritten (hash recomputed) or this entry was changed"
        case .notChainStart:
            return "its prev_hash is not this store's chain start, so earlier entries were removed or it was copied from another store"
        case .missingBefore(let from, let through):
            return "\(Self.entries(from, through)) before it \(Self.missing(from, through))"
        case .missingAtEnd(let from, let through):
            return "\(Self.entries(from, through)) at the end \(Self.missing(from, through)) (the store recorded entry \(through) as its last)"
        case .headMissing:
            return "the store's record of its last entry (meta audit_head) is missing or unreadable, so a removal at the end cannot be ruled out"
        case .headMismatch:
            return "it is not the entry the store recorded as its last one, so the end of the chain was replaced"
        case .beyondHead(let head):
            return "it follows the entry the store recorded as its last one (\(head)), so it was not appended by FieldKit"
        }
    }

    private static func entries(_ from: Int64, _ through: Int64) -> String {
        from == through ? "entry \(from)" : "entries \(from)–\(through)"
    }

    private static func missing(_ from: Int64, _ through: Int64) -> String {
        from == through ? "is missing, so it was removed" : "are missing, so they were removed"
    }
}
