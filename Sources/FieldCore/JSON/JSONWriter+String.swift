/// Strings and keys: minimal escaping and byte-wise key order.
extension JSONWriter {
    /// Appends `string` quoted, escaping only what RFC 8259 §7 requires.
    static func appendString(_ string: String, to buffer: inout [UInt8]) {
        buffer.append(JSONByte.quote)
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { utf8 in appendEscaped(utf8, to: &buffer) }
        if done == nil {
            // Only strings bridged from elsewhere lack contiguous UTF-8; `withUTF8` makes it so.
            var string = string
            string.withUTF8 { utf8 in appendEscaped(utf8, to: &buffer) }
        }
        buffer.append(JSONByte.quote)
    }

    /// Copies runs that need no escape in one go; most strings are a single run.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        var runStart = 0
        for position in 0..<utf8.count {
            let byte = utf8[position]
            guard byte < JSONByte.firstUnescaped || byte == JSONByte.quote || byte == JSONByte.backslash else {
                continue
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position]))
            appendEscape(for: byte, to: &buffer)
            runStart = position + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// The one spelling each escaped byte has in canonical output.
    private static func appendEscape(for byte: UInt8, to buffer: inout [UInt8]) {
        buffer.append(JSONByte.backslash)
        switch byte {
        case JSONByte.quote, JSONByte.backslash: buffer.append(byte)
        case JSONByte.backspace: buffer.append(JSONByte.lowercaseB)
        case JSONByte.formFeed: buffer.append(JSONByte.lowercaseF)
        case JSONByte.lineFeed: buffer.append(JSONByte.lowercaseN)
        case JSONByte.carriageReturn: buffer.append(JSONByte.lowercaseR)
        case JSONByte.tab: buffer.append(JSONByte.lowercaseT)
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            buffer.append(JSONByte.lowercaseU)
            buffer.append(JSONByte.zero)
            buffer.append(JSONByte.zero)
            buffer.append(hexDigits.utf8Start[Int(byte >> 4)])
            buffer.append(hexDigits.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// Orders keys by their UTF-8 bytes, not by `String`'s `<`, which compares normalized Unicode.
    ///
    /// Byte order is what another implementation can reproduce without a Unicode library, and for
    /// keys a dictionary can hold together it is a total order.
    static func keyPrecedes(_ left: String, _ right: String) -> Bool {
        if let ordered = left.utf8.withContiguousStorageIfAvailable({ leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.lexicographicallyPrecedes(rightBytes)
            }
        }), let ordered {
            return ordered
        }
        return left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
