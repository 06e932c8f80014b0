/// Matching fixed bytes, for decoders that expect one exact layout (StoredRecordDecoder).
extension JSONScanner {
    /// Consumes `literal` when the bytes at `index` are exactly it; otherwise moves nothing.
    mutating func consume(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            return false
        }
        index += count
        return true
    }

    /// The byte at `index`, or nil at the end.
    var currentByte: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }
}
