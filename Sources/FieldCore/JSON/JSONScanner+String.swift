/// Strings (RFC 8259 §7): the common escape-free case is one validated slice copied into a `String`.
extension JSONScanner {
    /// Reads a string whose opening quote is at `index`, leaving `index` after the closing quote.
    mutating func scanString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        try skipPlainBytes()
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        switch bytes[index] {
        case JSONByte.quote:
            let text = makeString(from: start, to: index)
            index += 1
            return text
        case JSONByte.backslash:
            return try scanEscapedString(from: start)
        default:
            throw failure(.controlCharacterInString)
        }
    }

    /// Advances over bytes that stand for themselves, validating UTF-8 on the way.
    ///
    /// Stops at a quote, a backslash, a control character or the end, and leaves the decision to
    /// the caller, which knows whether it is on the fast path or already decoding escapes.
    private mutating func skipPlainBytes() throws(JSONParseError) {
        while index < bytes.count {
            skipPlainASCIIWords()
            guard index < bytes.count else { return }
            let byte = bytes[index]
            if byte < JSONByte.firstNonASCII {
                guard byte >= JSONByte.firstUnescaped, byte != JSONByte.quote, byte != JSONByte.backslash else {
                    return
                }
                index += 1
            } else {
                try skipUTF8Sequence()
            }
        }
    }

    /// Skips eight bytes at a time while all of them are printable ASCII other than `"` and `\`.
    ///
    /// Record strings (ids, names, notes) are mostly such runs; testing a word at once instead of
    /// each byte is what keeps string scanning off the profile. A word with any other byte is left
    /// to the byte-wise loop, which also handles the false alarms these bit tricks can raise.
    private mutating func skipPlainASCIIWords() {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while bytes.count - index >= 8 {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(JSONByte.quote))
            let backslashes = word ^ (ones &* UInt64(JSONByte.backslash))
            // A byte's high bit ends up set where it is zero (for the two XORs) or below 0x20.
            let zeroQuote = (quotes &- ones) & ~quotes
            let zeroBackslash = (backslashes &- ones) & ~backslashes
            let control = word &- ones &* UInt64(JSONByte.firstUnescaped)
            guard (zeroQuote | zeroBackslash | control | word) & highBits == 0 else { return }
            index += 8
        }
    }

    /// The slow path, entered at the first backslash: decodes into `scratch`, copying plain runs whole.
    private mutating func scanEscapedString(from start: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        while true {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            guard index < bytes.count else { throw failure(.unexpectedEnd) }
            switch bytes[index] {
            case JSONByte.quote:
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case JSONByte.backslash:
                try decodeEscape()
            default:
                throw failure(.controlCharacterInString)
            }
            runStart = index
            try skipPlainBytes()
        }
    }

    /// A `String` from bytes the scanner has already validated as UTF-8.
    private func makeString(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
