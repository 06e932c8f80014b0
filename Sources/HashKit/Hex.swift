/// Base-16 text for bytes, as used to show and store digests.
public enum Hex {
    /// The digits in ASCII, lower case so that one digest has one spelling.
    static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Returns two lower-case hex digits per byte.
    public static func encode(_ bytes: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { output in
            var position = 0
            for byte in bytes {
                output[position] = digits[Int(byte >> 4)]
                output[position + 1] = digits[Int(byte & 0x0f)]
                position += 2
            }
            return position
        }
    }

    /// Returns the bytes spelled by `text`, or nil if it has an odd length or a non-hex character.
    ///
    /// Upper- and lower-case digits are both accepted; nothing else is, not even whitespace.
    public static func decode(_ text: String) -> [UInt8]? {
        let utf8 = text.utf8
        guard utf8.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var highNibble: UInt8?
        for unit in utf8 {
            guard let nibble = value(ofDigit: unit) else { return nil }
            if let high = highNibble {
                bytes.append(high << 4 | nibble)
                highNibble = nil
            } else {
                highNibble = nibble
            }
        }
        return bytes
    }

    /// The value of one ASCII hex digit, or nil if `unit` is not one.
    static func value(ofDigit unit: UInt8) -> UInt8? {
        switch unit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): unit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): unit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): unit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
