import TestSupport
import FieldCore
import Testing

/// Numbers are written in exactly one way each, and read back to the same value.
struct WriterNumberTests {
    @Test(arguments: [
        (Int64(0), "0"), (-1, "-1"), (7, "7"), (1_790_000_000_000, "1790000000000"),
        (.max, "9223372036854775807"), (.min, "-9223372036854775808"),
    ])
    func write_Integer_GivesPlainDigits(value: Int64, expected: String) {
        #expect(JSONWriter.writeString(.integer(value)) == expected)
    }

    @Test(arguments: [
        (0.1, "0.1"), (-1.5, "-1.5"), (1e-7, "1e-7"), (1e21, "1e21"), (52.0, "52"), (-0.0, "0"), (0.0, "0"),
        (-52.0, "-52"), (1e-6, "0.000001"), (1.5e-6, "0.0000015"), (9.99e-7, "9.99e-7"), (123456.789, "123456.789"),
        (9_007_199_254_740_992, "9007199254740992"), (-9_007_199_254_740_992, "-9007199254740992"),
        (9_007_199_254_740_994, "9.007199254740994e15"), (1e16, "1e16"), (1e300, "1e300"), (-2.5e-300, "-2.5e-300"),
        (.greatestFiniteMagnitude, "1.7976931348623157e308"), (.leastNonzeroMagnitude, "5e-324"),
        (0.30000000000000004, "0.30000000000000004"), (4503599627370495.5, "4503599627370495.5"),
    ])
    func write_Double_GivesShortestCanonicalForm(value: Double, expected: String) {
        #expect(JSONWriter.writeString(.number(value)) == expected)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func write_NonFiniteDouble_GivesNull(value: Double) {
        #expect(JSONWriter.writeString(.number(value)) == "null")
    }

    /// `-0.0 == 0.0`, so they must give the same bytes; likewise `.number(52)` and `.integer(52)`.
    @Test func write_EqualNumbers_GiveEqualBytes() {
        #expect(JSONValue.number(-0.0) == .number(0.0))
        #expect(JSONWriter.write(.number(-0.0)) == JSONWriter.write(.number(0.0)))
        #expect(JSONWriter.write(.number(52)) == JSONWriter.write(.integer(52)))
    }

    @Test func write_RandomDoubles_ParseBackToSameBits() throws {
        var generator = SeededGenerator.make(test: "write_RandomDoubles_ParseBackToSameBits")
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = JSONWriter.writeString(.number(value))
            let back = try JSONParser.parse(text)
            if value.rounded(.towardZero) == value && value.magnitude <= 9_007_199_254_740_992 {
                #expect(back == .integer(Int64(value)), "\(text)")
            } else {
                #expect(back.doubleValue?.bitPattern == value.bitPattern, "\(text)")
                #expect(back.int64Value == nil, "\(text) must stay a .number")
            }
        }
    }

    @Test func write_ShortestForm_IsNoLongerThanStandardLibraryDigits() {
        var generator = SeededGenerator.make(test: "write_ShortestForm_IsNoLongerThanStandardLibraryDigits")
        for _ in 0..<5_000 {
            let value = Double(bitPattern: generator.next() >> 2)
            guard value.isFinite, value.rounded(.towardZero) != value else { continue }
            let ours = JSONWriter.writeString(.number(value)).split(separator: "e")[0].filter(\.isNumber)
            let standard = value.description.split(separator: "e")[0].filter(\.isNumber)
            #expect(ours.trimmingZeros == String(standard).trimmingZeros, "\(value)")
        }
    }
}

private extension String {
    /// The significant digits: without leading and trailing zeros.
    var trimmingZeros: Substring {
        let trimmed = drop { $0 == "0" }
        return trimmed.prefix(trimmed.count - trimmed.reversed().prefix { $0 == "0" }.count)
    }
}
