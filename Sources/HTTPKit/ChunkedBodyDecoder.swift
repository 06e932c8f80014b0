/// Decodes a chunked body (RFC 9112 §7.1) incrementally as bytes arrive.
///
/// chunked-body = *chunk last-chunk trailer-section CRLF. Extensions are checked and ignored;
/// trailer fields are skipped (RFC 9112 §7.1.2 lets a recipient discard them).
struct ChunkedBodyDecoder: Sendable {
    private enum Stage: Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer(bytesSeen: Int)
    }

    /// Longest chunk-size line accepted, extensions included.
    static let maxSizeLineBytes = 4096

    let maxBodyBytes: Int
    let maxTrailerBytes: Int
    private var stage = Stage.size
    private var body: [UInt8] = []

    init(maxBodyBytes: Int, maxTrailerBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxTrailerBytes = maxTrailerBytes
    }

    /// Consumes what it can from `buffer`; returns the whole body once the last chunk and trailers are in.
    mutating func decode(_ buffer: inout InputBuffer) throws(HTTPParseError) -> [UInt8]? {
        while true {
            switch stage {
            case .size:
                guard try readSizeLine(&buffer) else { return nil }
            case .data(let remaining):
                guard !buffer.isEmpty else { return nil }
                let count = min(remaining, buffer.count)
                body.append(contentsOf: buffer.bytes(0..<count))
                buffer.consume(count)
                stage = count == remaining ? .dataEnd : .data(remaining: remaining - count)
            case .dataEnd:
                guard buffer.count >= 2 else { return nil }
                // RFC 9112 §7.1: chunk-data is followed by CRLF.
                guard buffer[0] == HTTPSyntax.cr, buffer[1] == HTTPSyntax.lf else { throw .chunkDataUnterminated }
                buffer.consume(2)
                stage = .size
            case .trailer(let seen):
                guard let end = try buffer.lineEnd(from: 0) else {
                    if seen + buffer.count > maxTrailerBytes { throw .headerSectionTooLarge }
                    return nil
                }
                buffer.consume(end + 2)
                if end == 0 { return body }
                // RFC 6585 §5: trailers count against the header limit.
                guard seen + end + 2 <= maxTrailerBytes else { throw .headerSectionTooLarge }
                stage = .trailer(bytesSeen: seen + end + 2)
            }
        }
    }

    /// Reads one `chunk-size [ chunk-ext ] CRLF` line; false if it is not complete yet.
    private mutating func readSizeLine(_ buffer: inout InputBuffer) throws(HTTPParseError) -> Bool {
        guard let end = try buffer.lineEnd(from: 0) else {
            if buffer.count > Self.maxSizeLineBytes { throw .chunkExtensionInvalid }
            return false
        }
        guard end <= Self.maxSizeLineBytes else { throw .chunkExtensionInvalid }
        let line = buffer.bytes(0..<end)
        buffer.consume(end + 2)
        let digits = line.prefix { hexValue($0) != nil }
        // RFC 9112 §7.1: chunk-size = 1*HEXDIG.
        guard !digits.isEmpty else { throw .chunkSizeInvalid }
        try checkExtensions(line[digits.endIndex...])
        let size = try chunkSize(digits)
        if size == 0 {
            stage = .trailer(bytesSeen: 0)
        } else {
            // RFC 9110 §15.5.14: stop as soon as the running total passes the limit.
            guard size <= maxBodyBytes - body.count else { throw .contentTooLarge }
            stage = .data(remaining: size)
        }
        return true
    }

    private func chunkSize(_ digits: ArraySlice<UInt8>) throws(HTTPParseError) -> Int {
        // RFC 9112 §7.1: recipients must guard against overflow of the size.
        guard digits.count <= 15 else { throw .chunkSizeInvalid }
        return digits.reduce(0) { $0 << 4 | Int(hexValue($1)!) }
    }

    /// chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ), checked loosely:
    /// after optional whitespace there must be nothing, or ";" followed by field-value characters.
    private func checkExtensions(_ rest: ArraySlice<UInt8>) throws(HTTPParseError) {
        let trimmed = rest.drop(while: HTTPSyntax.isWhitespace)
        guard let first = trimmed.first else { return }
        guard first == UInt8(ascii: ";") else {
            // "1x": the size itself is wrong; "1 x": whitespace led into something that is not an extension.
            throw trimmed.startIndex == rest.startIndex ? .chunkSizeInvalid : .chunkExtensionInvalid
        }
        guard trimmed.allSatisfy(HTTPSyntax.isFieldValueByte) else { throw .chunkExtensionInvalid }
    }

    private func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
