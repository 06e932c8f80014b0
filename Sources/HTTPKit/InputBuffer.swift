/// Bytes received but not yet parsed, consumed from the front without copying on every step.
///
/// Offsets in the API are relative to the first unconsumed byte.
struct InputBuffer: Sendable {
    private var storage: [UInt8] = []
    private var start = 0

    init() {}

    init(_ bytes: [UInt8]) {
        storage = bytes
    }

    init(_ text: String) {
        storage = Array(text.utf8)
    }

    var count: Int { storage.count - start }

    var isEmpty: Bool { count == 0 }

    subscript(offset: Int) -> UInt8 {
        storage[start + offset]
    }

    /// The bytes at `range` (relative offsets).
    func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> {
        storage[(start + range.lowerBound)..<(start + range.upperBound)]
    }

    mutating func append(_ bytes: [UInt8]) {
        storage.append(contentsOf: bytes)
    }

    /// Drops the first `count` bytes; compacts once the consumed prefix dominates, keeping appends amortized O(1).
    mutating func consume(_ count: Int) {
        start += count
        if start == storage.count {
            storage.removeAll(keepingCapacity: true)
            start = 0
        } else if start >= 4096 && start * 2 >= storage.count {
            storage.removeFirst(start)
            start = 0
        }
    }

    /// Removes and returns the first `count` bytes.
    mutating func take(_ count: Int) -> [UInt8] {
        let taken = Array(bytes(0..<count))
        consume(count)
        return taken
    }

    /// The offset of the CR of the first CRLF at or after `offset`, or nil if no complete line is there yet.
    ///
    /// RFC 9112 §2.2: a bare LF, or a CR followed by anything but LF, is rejected rather than guessed at.
    func lineEnd(from offset: Int) throws(HTTPParseError) -> Int? {
        var index = offset
        while index < count {
            let byte = self[index]
            if byte == HTTPSyntax.lf { throw .lineEndingInvalid }
            if byte == HTTPSyntax.cr {
                guard index + 1 < count else { return nil }
                guard self[index + 1] == HTTPSyntax.lf else { throw .lineEndingInvalid }
                return index
            }
            index += 1
        }
        return nil
    }
}
