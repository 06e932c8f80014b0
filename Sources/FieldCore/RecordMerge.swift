/// The merge of two replicas of one record: a pure function shared by devices and the server.
///
/// Each field is a multi-value register whose causal context is the record's version vector
/// (per-field dots, as in Dotted Version Vectors and delta-state CRDTs). For every field, an
/// entry survives when
/// - both sides hold it (same dot), or
/// - one side holds it and the other side has not seen its dot.
/// An entry one side holds and the other has seen but no longer holds was overwritten there by
/// a write that saw it, so it goes. The result's version is the pointwise maximum. Last, the
/// erasure rule drops whatever the record's erasure forbids (ErasureRule.sanitised), so a write
/// concurrent with an erasure can never bring erased data back.
///
/// Consequences, which the tests check as properties:
/// - if one side's version descends from the other's, the result is that side (it dominates);
/// - concurrent writes to different fields merge cleanly;
/// - concurrent writes to the same field both survive: a conflict, with nothing discarded;
/// - the function is commutative, associative and idempotent, so arrival order never matters.
///
/// Preconditions: both records have the same id and kind, and each satisfies the dot invariant
/// (`Record.validationProblem() == nil`). Callers validate input from the network first.
public enum RecordMerge {
    public static func merge(_ left: Record, _ right: Record) -> Record {
        precondition(left.id == right.id && left.kind == right.kind, "merging different records")
        var fields: [String: FieldRegister] = [:]
        for name in Set(left.fields.keys).union(right.fields.keys) {
            let entries = survivors(
                left.fields[name]?.entries ?? [], seenBy: right.version,
                right.fields[name]?.entries ?? [], seenBy: left.version)
            if !entries.isEmpty { fields[name] = FieldRegister(entries) }
        }
        let merged = Record(id: left.id, kind: left.kind, version: left.version.merged(with: right.version), fields: fields)
        return ErasureRule.sanitised(merged)
    }

    /// How `incoming` relates to `stored`, and what merging it yields.
    public static func apply(_ incoming: Record, to stored: Record?) -> MergeOutcome {
        guard let stored else { return MergeOutcome(record: ErasureRule.sanitised(incoming), change: .inserted) }
        let merged = merge(stored, incoming)
        if merged == stored { return MergeOutcome(record: stored, change: .unchanged) }
        let newConflict = !Set(merged.conflictedFields).isSubset(of: stored.conflictedFields)
        let change: MergeOutcome.Change = newConflict ? .conflicted : .updated
        return MergeOutcome(record: merged, change: change)
    }

    private static func survivors(
        _ leftEntries: [FieldEntry], seenBy rightVersion: VersionVector,
        _ rightEntries: [FieldEntry], seenBy leftVersion: VersionVector
    ) -> [FieldEntry] {
        let rightDots = Set(rightEntries.map(\.dot))
        let leftDots = Set(leftEntries.map(\.dot))
        let fromLeft = leftEntries.filter { rightDots.contains($0.dot) || !rightVersion.contains($0.dot) }
        let fromRight = rightEntries.filter { leftDots.contains($0.dot) || !leftVersion.contains($0.dot) }
        return fromLeft + fromRight
    }
}
