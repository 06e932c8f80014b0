/// Field names every record kind shares.
public enum RecordField {
    /// The tombstone flag. Every write asserts it (an edit writes `false`), so a delete that
    /// is concurrent with an edit becomes a conflict on this field rather than a silent outcome.
    public static let deleted = "deleted"

    /// The erasure marker: `"contact"` or `"note"`, written only by coordinator actors on the
    /// server (ErasureRule). Once present, the merge drops whatever that level erased.
    public static let erased = "erased"
}
