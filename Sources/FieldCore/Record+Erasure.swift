/// Erasure as seen from one record: the write that erases, how the record shows it, and which
/// later changes it forbids.
extension Record {
    /// The record's erasure, or nil when it was never erased.
    public var erasure: Erasure? {
        guard let level = ErasureRule.level(of: self),
              let entry = fields[RecordField.erased]?.entries.filter({ ErasureLevel($0.value) == level })
                .max(by: { $0.mark.at < $1.mark.at }) else { return nil }
        return Erasure(level: level, byRetention: ErasureRule.isRetentionActor(entry.dot.device), at: entry.mark.at)
    }

    /// The record after an erasure at `level` by `author` (a coordinator actor), or nil when it is
    /// already erased at that level or beyond.
    ///
    /// - `contact`: `contact = null`, `consent = false` (when present) and `erased = "contact"`.
    ///   `deleted` is not written: an erasure is not an edit, and must neither undo a delete nor
    ///   settle a conflict on it.
    /// - `note`: every field present is written again, to its cleared value or, for the fields
    ///   the erasure keeps, to the value shown; plus `deleted = true` and `erased = "note"`. So no
    ///   entry of an earlier writer (value or officer name) is left standing.
    public func erasing(_ level: ErasureLevel, by author: Author) -> Record? {
        if let current = ErasureRule.level(of: self), current >= level { return nil }
        var changes: [String: FieldValue] = [NoteField.contact.rawValue: .null]
        if fields[NoteField.consent.rawValue] != nil { changes[NoteField.consent.rawValue] = .bool(false) }
        if level == .note {
            for name in fields.keys {
                changes[name] = ErasureRule.keptByNoteErasure.contains(name) ? value(name) : ErasureRule.clearedValue(of: name)
            }
            changes[RecordField.deleted] = .bool(true)
        }
        changes[RecordField.erased] = level.value
        var erased = self
        erased.apply(changes, by: author)
        return ErasureRule.sanitised(erased)
    }

    /// The erasure that forbids setting `changedFields`, or nil when they may be written.
    ///
    /// A whole-note erasure forbids every change; a contact erasure forbids setting the contact
    /// or the consent again (the merge would drop them anyway, so the edit is refused up front).
    public func erasureForbidding(_ changedFields: some Sequence<String>) -> Erasure? {
        guard let erasure else { return nil }
        if erasure.level == .note { return erasure }
        let contactFields: Set<String> = [NoteField.contact.rawValue, NoteField.consent.rawValue]
        return changedFields.contains(where: contactFields.contains) ? erasure : nil
    }
}
