/// A text compared, ordered and hashed by its UTF-8 bytes, as SQLite's BINARY collation groups and
/// sorts: Swift's `String` equality would merge "é" with "e" + combining accent, two keys to SQLite.
struct BinaryText: Hashable, Comparable {
    let text: String

    static func == (lhs: BinaryText, rhs: BinaryText) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    /// memcmp order, then the shorter first: SQLite's BINARY order.
    static func < (lhs: BinaryText, rhs: BinaryText) -> Bool {
        lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8)
    }

    /// The bytes in one call: hashing them one by one, as `[UInt8]` does, dominated the report's time.
    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
