/// One synced record in full state: its causal history and, per field, the writes still standing.
///
/// This is the unit of storage, of merging and of the wire protocol. Typed views such as
/// `Note` and `Stand` are projections of it; the merge never needs to know which fields exist.
///
/// Invariant (checked by `validationProblem`): every entry's dot is contained in `version`.
public struct Record: Hashable, Sendable {
    public let id: String
    public let kind: RecordKind
    public var version: VersionVector
    public var fields: [String: FieldRegister]

    public init(id: String, kind: RecordKind, version: VersionVector, fields: [String: FieldRegister]) {
        self.id = id
        self.kind = kind
        self.version = version
        self.fields = fields
    }

    /// The value to show for a field; `.null` when it was never written.
    public func value(_ field: String) -> FieldValue {
        fields[field]?.displayValue ?? .null
    }

    /// Whether the record is a tombstone. A delete that is in conflict with an edit counts as not
    /// deleted, so that the conflict stays visible rather than hidden with the note.
    public var isDeleted: Bool {
        guard let register = fields[RecordField.deleted], !register.entries.isEmpty else { return false }
        return register.entries.allSatisfy { $0.value == .bool(true) }
    }

    /// Names of the fields whose surviving writes disagree, sorted.
    public var conflictedFields: [String] {
        fields.filter { $0.value.isConflicted }.map(\.key).sorted()
    }

    public var hasConflict: Bool {
        fields.values.contains { $0.isConflicted }
    }

    /// The newest write time among all entries: when the record last changed anywhere.
    public var lastWrittenAt: Timestamp? {
        fields.values.flatMap(\.entries).map(\.mark.at).max()
    }
}
