/// Finds the end of a request's header section as bytes arrive, without rescanning what it has seen.
///
/// Rescanning from the start on every read would let a client sending one byte at a time
/// cost the server quadratic work; this keeps the scan linear.
struct HeadScanner: Sendable {
    let maxHeaderBytes: Int
    /// Where the line being scanned starts.
    private var lineStart = 0
    /// How far the scan got without finding a line end; the next scan resumes here.
    private var scanned = 0

    init(maxHeaderBytes: Int) {
        self.maxHeaderBytes = maxHeaderBytes
    }

    /// The length of the head including its final empty line, or nil if it is not complete yet.
    ///
    /// Empty lines before the request line are consumed from `buffer` (RFC 9112 §2.2 allows ignoring them).
    mutating func scan(_ buffer: inout InputBuffer) throws(HTTPParseError) -> Int? {
        while let end = try buffer.lineEnd(from: max(lineStart, scanned)) {
            if end == 0 {
                buffer.consume(2)
                scanned = 0
                continue
            }
            if end == lineStart {
                let length = end + 2
                // RFC 6585 §5: the whole head, terminator included, must fit in maxHeaderBytes.
                guard length <= maxHeaderBytes else { throw .headerSectionTooLarge }
                (lineStart, scanned) = (0, 0)
                return length
            }
            lineStart = end + 2
        }
        // Resume one byte back next time: a trailing CR may yet be followed by its LF.
        scanned = max(lineStart, buffer.count - 1)
        // RFC 6585 §5: stop reading a head that has already outgrown the limit.
        if buffer.count > maxHeaderBytes { throw .headerSectionTooLarge }
        return nil
    }
}
