/// One value of a field together with the write that set it.
public struct FieldEntry: Hashable, Sendable {
    public let value: FieldValue
    public let mark: WriteMark

    public init(value: FieldValue, mark: WriteMark) {
        self.value = value
        self.mark = mark
    }

    public var dot: Dot { mark.dot }

    /// A total order: by dot, then by content, so that duplicates of one dot resolve the same way everywhere.
    static func canonicallyPrecedes(_ lhs: FieldEntry, _ rhs: FieldEntry) -> Bool {
        if lhs.dot != rhs.dot { return lhs.dot < rhs.dot }
        if lhs.value != rhs.value { return lhs.value.precedes(rhs.value) }
        if lhs.mark.at != rhs.mark.at { return lhs.mark.at < rhs.mark.at }
        return FieldValue.bytesPrecede(lhs.mark.officer, rhs.mark.officer)
    }
}
