/// Local writes: how a replica changes a record it holds.
///
/// Every write takes one new dot from the writer's counter, and that dot marks every field the
/// write sets. Because the writer's version already covers every entry it holds, the new entry
/// supersedes all of them: this is also how resolving a conflict dominates its alternatives.
///
/// Contact and consent are always set by the same write (Record+ConsentPairing), so every local
/// write keeps the consent rule that `validationProblem` checks.
extension Record {
    /// A new record whose fields are all set by the writer's first write.
    public static func created(id: String, kind: RecordKind, values: [String: FieldValue], by author: Author) -> Record {
        var record = Record(id: id, kind: kind, version: .empty, fields: [:])
        var all = record.consentPaired(values)
        all[RecordField.deleted] = .bool(false)
        record.apply(all, by: author)
        return record
    }

    /// The record after the writer sets `changes`, or nil when every field already holds
    /// exactly that value with no conflict (a write that changes nothing is not made).
    ///
    /// An edit also writes `deleted = false`, so an edit concurrent with a delete is a conflict.
    /// A write that sets contact or consent sets both, even where one of them already holds its value.
    public func writing(_ changes: [String: FieldValue], by author: Author) -> Record? {
        let paired = consentPaired(changes)
        var effective = paired.filter { name, value in
            guard let register = fields[name] else { return true }
            return register.entries.count != 1 || register.entries[0].value != value
        }
        if effective.keys.contains(where: Self.pairedConsentFields.contains) {
            for name in Self.pairedConsentFields { effective[name] = paired[name] }
        }
        guard !effective.isEmpty else { return nil }
        var updated = self
        var all = effective
        // Only a write that does not mention `deleted` is an edit. A delete whose `deleted = true`
        // is already in place (filtered out above) must not turn into `deleted = false`.
        if changes[RecordField.deleted] == nil { all[RecordField.deleted] = .bool(false) }
        updated.apply(all, by: author)
        return updated
    }

    /// The record as a tombstone: `deleted = true` and those of the given personal fields that
    /// exist set to their cleared values. Returns nil when it is already a settled tombstone.
    public func deleting(clearing personalFields: [String: FieldValue], by author: Author) -> Record? {
        var changes: [String: FieldValue] = [RecordField.deleted: .bool(true)]
        for (name, cleared) in personalFields where fields[name] != nil {
            changes[name] = cleared
        }
        return writing(changes, by: author)
    }

    /// Sets `changes` under one new dot of `author`'s device; also used by erasures (Record+Erasure).
    mutating func apply(_ changes: [String: FieldValue], by author: Author) {
        let dot = version.increment(author.device)
        let mark = WriteMark(dot: dot, officer: author.officer, at: author.at)
        for (name, value) in changes {
            fields[name] = FieldRegister(single: FieldEntry(value: value, mark: mark))
        }
    }

    /// The record with a conflicted note field settled to `value`: a write that supersedes every
    /// alternative. Settling `deleted` to true is a delete (personal fields cleared). Settling contact
    /// or consent settles both (Record+ConsentPairing). Returns nil when the field is not in conflict,
    /// or when `consentResolutionProblem` says it cannot be settled that way.
    public func resolving(_ field: NoteField, to value: FieldValue, by author: Author) -> Record? {
        guard fields[field.rawValue]?.isConflicted == true, consentResolutionProblem(field, to: value) == nil else { return nil }
        return field == .deleted && value == .bool(true)
            ? deleting(clearing: NoteField.clearedPersonalFields, by: author)
            : writing([field.rawValue: value], by: author)
    }
}
