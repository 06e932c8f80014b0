import FieldCore

/// What must hold for every record a push can carry: its encodings round-trip, and the merge the
/// store runs on it keeps its promises (RecordMerge: idempotent, commutative, valid in, valid out).
enum RecordInvariants {
    /// The wire form and the two stored columns both give the record back unchanged.
    static func checkEncodings(_ record: Record) {
        let wire = try? Record(wire: JSONParser.parse(JSONWriter.write(record.wireValue)))
        FuzzCheck.require(wire == record, "record changed in a wire round trip")
        let stored = try? Record(id: record.id, kind: record.kind, storedVersion: record.storedVersion,
                                 storedFields: record.storedFields)
        FuzzCheck.require(stored == record, "record changed in a round trip through its stored columns")
    }

    /// A valid record merged with itself is itself, and applying it to itself changes nothing (a retried push).
    static func checkSelfMerge(_ record: Record) {
        guard record.validationProblem() == nil else { return }
        FuzzCheck.require(RecordMerge.merge(record, record) == record, "merge with itself changed a record")
        FuzzCheck.require(RecordMerge.apply(record, to: record).change == .unchanged, "a retry was not unchanged")
        FuzzCheck.require(RecordMerge.apply(record, to: nil) == MergeOutcome(record: record, change: .inserted),
                          "a new record was not inserted as sent")
    }

    /// Valid records with one id and kind (a duplicated id in a batch) merge as the properties promise.
    ///
    /// Pairs holding different content under one dot are left out: the merge's precondition is that
    /// a dot names one write (the push guard refuses anything else as `tampered_write`), and without
    /// it the consent rule can break (a contact kept beside the other pair's consent value).
    static func checkPairs(_ records: [Record]) {
        let valid = records.filter { $0.validationProblem() == nil }
        for (position, left) in valid.enumerated() {
            for right in valid[(position + 1)...] where right.id == left.id && right.kind == left.kind && agree(left, right) {
                checkMerge(left, right)
            }
        }
    }

    /// Whether every dot the two records both hold in a field carries the same entry in both.
    private static func agree(_ left: Record, _ right: Record) -> Bool {
        left.fields.allSatisfy { name, register in
            let other = right.fields[name]?.entries ?? []
            return register.entries.allSatisfy { entry in other.allSatisfy { $0.dot != entry.dot || $0 == entry } }
        }
    }

    private static func checkMerge(_ left: Record, _ right: Record) {
        let merged = RecordMerge.merge(left, right)
        FuzzCheck.require(merged == RecordMerge.merge(right, left), "merge is not commutative")
        FuzzCheck.require(RecordMerge.merge(merged, left) == merged && RecordMerge.merge(merged, right) == merged,
                          "merging a side again changed the merge")
        FuzzCheck.require(merged.version.descends(from: left.version) && merged.version.descends(from: right.version),
                          "the merged version lost history")
        checkMergeIsValid(merged)
    }

    /// Every rule of `validationProblem` but one holds field by field (contact and consent as one
    /// pair: Record+ConsentRule), so a merge of valid records keeps them.
    /// The exception is `maximumFieldCount`: two valid records with different fields can merge into
    /// one with more, so only the store, which sees both sides, can refuse such a push.
    private static func checkMergeIsValid(_ merged: Record) {
        let paired: Set<String> = ["contact", "consent"]
        var groups = merged.fields.filter { !paired.contains($0.key) }.map { [$0.key: $0.value] }
        groups.append(merged.fields.filter { paired.contains($0.key) })
        for fields in groups {
            let part = Record(id: merged.id, kind: merged.kind, version: merged.version, fields: fields)
            FuzzCheck.require(part.validationProblem() == nil,
                              "the merge of two valid records is invalid: \(part.validationProblem() ?? "")")
        }
    }
}
