/// The sticky erasure rule: after an erasure, no replica may hold what it removed, whatever arrives later.
///
/// An erasure is an ordinary write by a coordinator actor on the server that also sets the field
/// `erased` to `"contact"` or `"note"`. Its dot supersedes every entry the server had seen, so an
/// older copy loses in the merge. A device that had not seen the erasure may still write a contact
/// (or any field of an erased note) concurrently; the merge ends with `sanitised`, which drops such
/// entries. A dropped entry's dot stays in the version vector, so every later merge treats it as
/// overwritten and it can never come back.
///
/// Why `merge` followed by `sanitised` stays commutative, associative and idempotent: the level is
/// the highest `erased` value still standing, and only coordinator actors on the server may write
/// `erased` (validation and the push guard enforce it). The server never writes a lower level over
/// a higher one, so an `erased` entry is only ever superseded by one of at least its level, and
/// the level of a merge is the maximum of its inputs' levels. What is dropped depends only on that
/// level and on each entry's own field and value, never on the order of arrival.
public enum ErasureRule {
    /// The coordinator name the retention run writes under (actor `coord:retention`).
    public static let retentionActorName = "retention"

    /// Note fields a whole-note erasure keeps, so counts of how many conversations happened where
    /// and when stay honest: the time, the neighbourhood and the stand. None identifies a resident.
    public static let keptByNoteErasure: Set<String> = [
        NoteField.recordedAt.rawValue, NoteField.neighbourhood.rawValue, NoteField.standID.rawValue,
    ]

    /// The highest erasure level among the record's standing `erased` entries; nil when none.
    public static func level(of record: Record) -> ErasureLevel? {
        record.fields[RecordField.erased]?.entries.compactMap { ErasureLevel($0.value) }.max()
    }

    /// The record without any entry its erasure level forbids; the record itself when it has no erasure.
    public static func sanitised(_ record: Record) -> Record {
        guard let level = level(of: record) else { return record }
        var result = record
        for (name, register) in record.fields {
            let kept = register.entries.filter { keeps($0.value, in: name, at: level) }
            guard kept.count != register.entries.count else { continue }
            result.fields[name] = kept.isEmpty ? nil : FieldRegister(kept)
        }
        return result
    }

    /// Whether an entry of `field` holding `value` may stand in a record erased at `level`.
    ///
    /// - `erased`: only entries of the level itself (a lower one is superseded in meaning);
    /// - `contact` must be null and `consent` false at either level;
    /// - at `note`: `deleted` must be true, the kept fields stay, every other field must hold its
    ///   cleared value (`NoteField.clearedValue`; null for a field FieldKit does not know).
    public static func keeps(_ value: FieldValue, in field: String, at level: ErasureLevel) -> Bool {
        switch field {
        case RecordField.erased: return ErasureLevel(value) == level
        case NoteField.contact.rawValue: return value == .null
        case NoteField.consent.rawValue: return value == .bool(false)
        case RecordField.deleted: return level < .note || value == .bool(true)
        default: return level < .note || keptByNoteErasure.contains(field) || value == clearedValue(of: field)
        }
    }

    /// What a whole-note erasure writes to `field`.
    public static func clearedValue(of field: String) -> FieldValue {
        NoteField(rawValue: field)?.clearedValue ?? .null
    }

    /// Whether `device` is the retention run's actor, in any restore generation (`coord:retention.r2`).
    public static func isRetentionActor(_ device: DeviceID) -> Bool {
        let base = CoordinatorActor.deviceID(for: retentionActorName).rawValue
        guard device.rawValue.hasPrefix(base) else { return false }
        let rest = device.rawValue.dropFirst(base.count)
        return rest.isEmpty || (rest.hasPrefix(".r") && rest.count > 2 && rest.dropFirst(2).allSatisfy(\.isNumber))
    }

    /// Whether `device` is a coordinator actor, the only kind of writer allowed to write `erased`.
    public static func isCoordinatorActor(_ device: DeviceID) -> Bool {
        device.rawValue.hasPrefix("coord:")
    }

    /// A one-line description of how `record` breaks the erasure rule, or nil when it keeps it.
    ///
    /// Every `erased` entry must come from a coordinator actor and name a level, and a record
    /// must hold nothing its level forbids (it must equal its own `sanitised` form).
    static func problem(in record: Record) -> String? {
        guard let register = record.fields[RecordField.erased] else { return nil }
        for entry in register.entries {
            guard isCoordinatorActor(entry.dot.device) else {
                return "record \(record.id) field erased carries write \(entry.dot), which is not a coordinator's"
            }
            guard ErasureLevel(entry.value) != nil else {
                return "record \(record.id) field erased must be \"contact\" or \"note\""
            }
        }
        guard sanitised(record) == record else { return "record \(record.id) holds values that its erasure removed" }
        return nil
    }
}
