import Foundation

/// Identifies one replica: a device's local store, or the server acting for a coordinator.
///
/// Device ids are opaque strings. A new device draws 64 random bits, written as 16 lower-case
/// hex digits, so that two laptops never share an id without coordination.
public struct DeviceID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// A fresh random id.
    public static func random() -> DeviceID {
        var generator = SystemRandomNumberGenerator()
        let bits = generator.next() as UInt64
        let hex = String(bits, radix: 16)
        return DeviceID(String(repeating: "0", count: 16 - hex.count) + hex)
    }

    /// Whether the text is acceptable as a device id: 1 to 64 characters of `[a-z0-9._:-]`.
    ///
    /// Ids travel as JSON keys and appear in logs, so they are kept to a plain alphabet.
    public static func isValid(_ text: String) -> Bool {
        guard (1...64).contains(text.utf8.count) else { return false }
        return text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2E || byte == 0x5F || byte == 0x3A || byte == 0x2D
        }
    }

    /// Byte order of the ids (they are ASCII), as SyncProtocol.md specifies for canonical sorting.
    public static func < (lhs: DeviceID, rhs: DeviceID) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }

    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard DeviceID.isValid(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "device id must be 1 to 64 characters of a-z, 0-9, '.', '_', ':' or '-'")
        }
        rawValue = text
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
