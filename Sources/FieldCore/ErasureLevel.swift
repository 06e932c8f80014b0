/// How much of a note an erasure removed: its resident-contact fields, or the whole note.
///
/// Levels are ordered (`contact` < `note`) because a record's erasure only ever grows: a note
/// whose contact was erased may later be erased whole, never the other way round.
public enum ErasureLevel: String, CaseIterable, Comparable, Sendable {
    /// `contact` cleared to null and `consent` to false; the rest of the note stays.
    case contact
    /// Every field cleared except when and where (ErasureRule.keptByNoteErasure); a tombstone.
    case note

    /// The level a stored `erased` value names, or nil for any other value.
    public init?(_ value: FieldValue) {
        guard let text = value.text, let level = ErasureLevel(rawValue: text) else { return nil }
        self = level
    }

    /// The value an erasure writes to the `erased` field.
    public var value: FieldValue { .text(rawValue) }

    private var rank: Int { self == .contact ? 1 : 2 }

    public static func < (lhs: ErasureLevel, rhs: ErasureLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
