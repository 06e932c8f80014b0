/// How a person reads a field value in a terminal listing, e.g. the alternatives of a conflict.
extension FieldValue {
    /// Text in quotes (so `""` and `" "` stay visible), whole numbers without `.0`, yes/no, `[a, b]`, `(empty)` for null.
    public var displayText: String {
        switch self {
        case .null: return "(empty)"
        case .text(let text): return "\"\(text)\""
        case .number(let number): return number.rounded() == number ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "yes" : "no"
        case .list(let items): return "[" + items.joined(separator: ", ") + "]"
        }
    }
}
