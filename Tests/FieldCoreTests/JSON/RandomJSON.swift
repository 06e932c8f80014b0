import TestSupport
import FieldCore

/// Random `JSONValue`s and their expected forms after a trip through text, for property tests.
struct RandomJSON {
    var generator: SeededGenerator

    /// Characters that exercise escaping, multi-byte UTF-8, surrogate pairs and combining marks.
    static let alphabet: [Character] = [
        "a", "b", "Z", "0", " ", "/", "\"", "\\", "\u{7F}", "é", "€", "😀", "e\u{301}", "\u{FFFF}",
        "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "Å", "ß", "中", "🇳🇱",
    ]

    mutating func value(depth: Int = 4) -> JSONValue {
        let kinds = depth > 0 ? 7 : 5
        switch Int.random(in: 0..<kinds, using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(integer())
        case 3: return .number(double())
        case 4: return .string(string())
        case 5: return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in value(depth: depth - 1) })
        default: return .object(object(depth: depth - 1))
        }
    }

    mutating func object(depth: Int) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 0...4, using: &generator) {
            members[string()] = value(depth: depth)
        }
        return members
    }

    mutating func string() -> String {
        String((0..<Int.random(in: 0...8, using: &generator)).map { _ in
            Self.alphabet.randomElement(using: &generator) ?? "a"
        })
    }

    mutating func integer() -> Int64 {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: return [Int64.min, Int64.max, 0, -1, 1 << 53, -(1 << 53) - 1].randomElement(using: &generator) ?? 0
        case 1: return Int64.random(in: -1000...1000, using: &generator)
        default: return Int64(bitPattern: generator.next())
        }
    }

    /// Finite doubles of every shape: any bit pattern, short decimals, integral and extreme values.
    mutating func double() -> Double {
        switch Int.random(in: 0..<5, using: &generator) {
        case 0:
            let candidate = Double(bitPattern: generator.next())
            return candidate.isFinite ? candidate : 0.5
        case 1: return Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 1000
        case 2: return Double(Int.random(in: -100...100, using: &generator))
        case 3: return [0.1, 1e-7, 1e21, .leastNonzeroMagnitude, -0.0, .greatestFiniteMagnitude, 9_007_199_254_740_994]
            .randomElement(using: &generator) ?? 0
        default: return Double.random(in: -1e6...1e6, using: &generator)
        }
    }

    /// What `value` parses back as after writing: integral doubles within ±2^53 come back as integers.
    static func expectedAfterRoundTrip(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number) where number.rounded(.towardZero) == number && number.magnitude <= 9_007_199_254_740_992:
            return .integer(Int64(number))
        case .array(let elements):
            return .array(elements.map(expectedAfterRoundTrip))
        case .object(let members):
            return .object(members.mapValues(expectedAfterRoundTrip))
        default:
            return value
        }
    }
}
