/// A multi-value register: the values of one field that no write has yet superseded.
///
/// Usually it holds one entry. After concurrent writes it holds one entry per write that
/// did not see the others: that is a conflict, and no value is thrown away until a person
/// (or a later write that saw them all) settles it.
///
/// Invariant: `entries` is sorted by `FieldEntry.canonicallyPrecedes` and holds each dot once.
public struct FieldRegister: Hashable, Sendable {
    public private(set) var entries: [FieldEntry]

    public init(_ entries: [FieldEntry]) {
        self.entries = FieldRegister.canonical(entries)
    }

    /// A register holding just one write.
    public init(single entry: FieldEntry) {
        entries = [entry]
    }

    /// Whether the surviving writes disagree. Concurrent writes of the same value are no conflict.
    public var isConflicted: Bool {
        guard let first = entries.first?.value else { return false }
        return entries.contains { $0.value != first }
    }

    /// The value to show: the only one, or while in conflict the most recent write (ties by dot).
    public var displayValue: FieldValue {
        latestEntry?.value ?? .null
    }

    /// The entry a reader sees first: latest wall-clock time, ties broken by dot.
    public var latestEntry: FieldEntry? {
        entries.max { lhs, rhs in
            lhs.mark.at != rhs.mark.at ? lhs.mark.at < rhs.mark.at : lhs.dot < rhs.dot
        }
    }

    /// The distinct values still standing, in canonical order.
    public var distinctValues: [FieldValue] {
        var seen: [FieldValue] = []
        for entry in entries where !seen.contains(entry.value) {
            seen.append(entry.value)
        }
        return seen
    }

    /// Sorts entries and keeps one entry per dot (the canonically first), so equal inputs encode equally.
    static func canonical(_ entries: [FieldEntry]) -> [FieldEntry] {
        let sorted = entries.sorted(by: FieldEntry.canonicallyPrecedes)
        var result: [FieldEntry] = []
        result.reserveCapacity(sorted.count)
        for entry in sorted where result.last?.dot != entry.dot {
            result.append(entry)
        }
        return result
    }
}
