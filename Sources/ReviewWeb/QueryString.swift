/// Builds the query part of a link: each name and value percent-encoded (RFC 3986 §2), so that
/// typed filter text survives a round trip and can never break out of the URL.
enum QueryString {
    /// `?a=1&b=x%20y`, skipping empty values; empty when nothing is left.
    static func make(_ items: [(String, String)]) -> String {
        let pairs = items.filter { !$0.1.isEmpty }.map { encode($0.0) + "=" + encode($0.1) }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    /// Every byte outside the unreserved set (letters, digits, `-._~`) as `%XX`.
    static func encode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
        }
    }
}
