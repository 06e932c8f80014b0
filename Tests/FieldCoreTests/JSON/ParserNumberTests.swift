import TestSupport
import Foundation
import FieldCore
import Testing

/// Numbers (RFC 8259 §6): the grammar, integers kept exact, doubles correctly rounded.
struct ParserNumberTests {
    @Test(arguments: [
        ("0", Int64(0)), ("-0", 0), ("7", 7), ("-7", -7), ("1790000000000", 1_790_000_000_000),
        ("9223372036854775807", .max), ("-9223372036854775808", .min), ("9007199254740993", 9_007_199_254_740_993),
    ])
    func parse_IntegerLiteral_IsExactInteger(text: String, expected: Int64) {
        #expect(parsed(text) == .integer(expected))
    }

    @Test(arguments: [
        ("1.5", 1.5), ("-1.5", -1.5), ("1.0", 1.0), ("1e3", 1000.0), ("1E3", 1000.0), ("1e+3", 1000.0),
        ("1e-3", 0.001), ("0.1", 0.1), ("2.5e-3", 0.0025), ("0e999", 0.0), ("1e-400", 0.0),
        ("0.30000000000000004", 0.30000000000000004), ("1.7976931348623157e308", .greatestFiniteMagnitude),
        ("4.9e-324", .leastNonzeroMagnitude), ("2.2250738585072014e-308", .leastNormalMagnitude),
        ("123456789012345678901234567890.0", 1.2345678901234568e29),
        ("0.1000000000000000055511151231257827", 0.1), ("9007199254740993.0", 9_007_199_254_740_992),
        ("1e22", 1e22), ("1e23", 1e23), ("1e-22", 1e-22), ("1e-23", 1e-23), ("9007199254740993e-3", 9007199254740.993),
        ("9007199254740992e-22", 9007199254740992e-22), ("12345678901234567890e3", 12345678901234567890e3),
    ])
    func parse_NumberWithFractionOrExponent_IsCorrectlyRoundedDouble(text: String, expected: Double) {
        #expect(parsed(text) == .number(expected))
    }

    @Test func parse_NegativeZeroWithFraction_KeepsItsSign() throws {
        let value = try JSONParser.parse("-0.0")
        #expect(value.doubleValue?.sign == .minus)
        #expect(value.int64Value == nil)
    }

    @Test(arguments: [
        Rejection("01", .invalidNumber, at: 1),
        Rejection("00", .invalidNumber, at: 1),
        Rejection("-01", .invalidNumber, at: 2),
        Rejection("+1", .invalidNumber, at: 0),
        Rejection(".5", .invalidNumber, at: 0),
        Rejection("1.", .invalidNumber, at: 2),
        Rejection("-", .invalidNumber, at: 1),
        Rejection("-a", .invalidNumber, at: 1),
        Rejection("--1", .invalidNumber, at: 1),
        Rejection("1e", .invalidNumber, at: 2),
        Rejection("1e+", .invalidNumber, at: 3),
        Rejection("1.e3", .invalidNumber, at: 2),
        Rejection("1.5E", .invalidNumber, at: 4),
        Rejection("[1.]", .invalidNumber, at: 3),
        Rejection("[-]", .invalidNumber, at: 2),
        Rejection("0x10", .trailingData, at: 1),
        Rejection("1.5.2", .trailingData, at: 3),
    ])
    func parse_MalformedNumber_IsInvalidNumber(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test(arguments: [
        Rejection("9223372036854775808", .numberOutOfRange, at: 0),
        Rejection("-9223372036854775809", .numberOutOfRange, at: 0),
        Rejection("99999999999999999999", .numberOutOfRange, at: 0),
        Rejection("[1, 123456789012345678901234567890]", .numberOutOfRange, at: 4),
        Rejection("1e999", .numberOutOfRange, at: 0),
        Rejection("-1e999", .numberOutOfRange, at: 0),
        Rejection("1.8e308", .numberOutOfRange, at: 0),
        Rejection("1e99999999999999999999999", .numberOutOfRange, at: 0),
    ])
    func parse_NumberBeyondRange_IsNumberOutOfRange(_ rejection: Rejection) {
        #expect(parseError(rejection.input) == rejection.expected)
    }

    @Test func parse_TinyExponentBeyondAnyLimit_UnderflowsToZero() {
        #expect(parsed("1e-99999999999999999999999") == .number(0))
        #expect(parsed("0.\(String(repeating: "0", count: 200_000))1e200000") == .number(0.1))
    }

    /// The fast path must agree with the standard library's correctly rounded conversion everywhere.
    @Test func parse_RandomDecimals_AgreeWithStandardLibrary() {
        var generator = SeededGenerator.make(test: "parse_RandomDecimals_AgreeWithStandardLibrary")
        for _ in 0..<20_000 {
            let text = Self.randomDecimal(using: &generator)
            guard let expected = Double(text), expected.isFinite else { continue }
            let value = parsed(text)
            #expect(value?.doubleValue?.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    /// `-?digits(.digits)?e±exponent` with lengths around the 19-digit and 10^22 fast-path limits.
    private static func randomDecimal(using generator: inout SeededGenerator) -> String {
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
        }
        // Short numbers around the fast path's ±22 limit half the time, long ones otherwise.
        let isShort = Bool.random(using: &generator)
        let sign = Bool.random(using: &generator) ? "-" : ""
        let integer = String(Int.random(in: 1...9, using: &generator)) + digits(Int.random(in: 0...(isShort ? 8 : 20), using: &generator))
        let fraction = "." + digits(Int.random(in: 1...(isShort ? 8 : 20), using: &generator))
        let exponent = "e" + String(isShort ? Int.random(in: -30...30, using: &generator) : Int.random(in: -330...310, using: &generator))
        return sign + integer + fraction + (Bool.random(using: &generator) ? exponent : "")
    }
}
