/// Base64 with the URL- and filename-safe alphabet (RFC 4648 §5), unpadded.
///
/// Tokens in this form can go in URLs, headers and JSON without escaping.
public enum Base64URL {
    /// The 64 symbols in ASCII: RFC 4648 Table 2, where `-` and `_` replace `+` and `/`.
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Returns the base64url text of `bytes`, without `=` padding.
    public static func encode(_ bytes: [UInt8]) -> String {
        let symbolCount = (bytes.count * 4 + 2) / 3
        return String(unsafeUninitializedCapacity: symbolCount) { output in
            var position = 0
            var start = 0
            while start < bytes.count {
                let end = min(start + 3, bytes.count)
                position = writeGroup(bytes[start..<end], to: output, at: position)
                start = end
            }
            return position
        }
    }

    /// Returns the bytes of `text`, or nil if it is not canonical base64url.
    ///
    /// Padding is optional, but if present it must make the length a multiple of 4.
    /// Rejected: symbols outside the alphabet (including `+`, `/` and whitespace), a length
    /// that leaves a lone symbol, and unused trailing bits that are not zero. The last rule
    /// (allowed by RFC 4648 §3.5) gives every byte string exactly one accepted spelling.
    public static func decode(_ text: String) -> [UInt8]? {
        guard let symbols = unpaddedSymbols(of: text), symbols.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(symbols.count * 3 / 4)
        var start = 0
        while start < symbols.count {
            let end = min(start + 4, symbols.count)
            guard readGroup(symbols[start..<end], into: &bytes) else { return nil }
            start = end
        }
        return bytes
    }

    /// Writes the 2–4 symbols for a group of 1–3 bytes and returns the next position.
    static func writeGroup(_ group: ArraySlice<UInt8>, to output: UnsafeMutableBufferPointer<UInt8>, at position: Int) -> Int {
        var bits: UInt32 = 0
        for byte in group {
            bits = bits << 8 | UInt32(byte)
        }
        bits <<= 8 * UInt32(3 - group.count)
        let symbolCount = group.count + 1
        for index in 0..<symbolCount {
            let sextet = (bits >> (18 - 6 * UInt32(index))) & 0x3f
            output[position + index] = alphabet[Int(sextet)]
        }
        return position + symbolCount
    }

    /// Appends the 1–3 bytes of a group of 2–4 symbols; false if a symbol or the trailing bits are invalid.
    static func readGroup(_ group: ArraySlice<UInt8>, into bytes: inout [UInt8]) -> Bool {
        var bits: UInt32 = 0
        for symbol in group {
            guard let sextet = value(ofSymbol: symbol) else { return false }
            bits = bits << 6 | UInt32(sextet)
        }
        bits <<= 6 * UInt32(4 - group.count)
        let byteCount = group.count - 1
        guard bits & (0xff_ffff >> (8 * UInt32(byteCount))) == 0 else { return false }
        for index in 0..<byteCount {
            bytes.append(UInt8(truncatingIfNeeded: bits >> (16 - 8 * UInt32(index))))
        }
        return true
    }

    /// The UTF-8 of `text` with valid trailing padding removed, or nil if the padding is malformed.
    ///
    /// An `=` anywhere else is left in place for `value(ofSymbol:)` to reject.
    static func unpaddedSymbols(of text: String) -> [UInt8]? {
        var symbols = Array(text.utf8)
        var paddingCount = 0
        while symbols.last == UInt8(ascii: "=") {
            symbols.removeLast()
            paddingCount += 1
        }
        guard paddingCount == 0 || (paddingCount <= 2 && (symbols.count + paddingCount) % 4 == 0) else {
            return nil
        }
        return symbols
    }

    /// The 6-bit value of one symbol, or nil if `symbol` is not in the alphabet.
    static func value(ofSymbol symbol: UInt8) -> UInt8? {
        switch symbol {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): symbol - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): symbol - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): symbol - UInt8(ascii: "0") + 52
        case UInt8(ascii: "-"): 62
        case UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
