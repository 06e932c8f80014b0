import Testing
@testable import FieldCore
import TestSupport

@Suite struct TimestampTests {
    @Test func format_KnownInstants() {
        #expect(Timestamp(milliseconds: 0).iso8601 == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(milliseconds: 951_782_400_123).iso8601 == "2000-02-29T00:00:00.123Z")
        #expect(Timestamp(milliseconds: -1).iso8601 == "1969-12-31T23:59:59.999Z")
    }

    @Test func parse_AcceptsCommonShapes() {
        #expect(ISO8601Format.parse("2000-02-29T00:00:00.123Z") == Timestamp(milliseconds: 951_782_400_123))
        #expect(ISO8601Format.parse("2000-02-29T01:00:00+01:00") == Timestamp(milliseconds: 951_782_400_000))
        #expect(ISO8601Format.parse("2000-02-29T00:00Z") == Timestamp(milliseconds: 951_782_400_000))
        #expect(ISO8601Format.parse("2000-02-29") == Timestamp(milliseconds: 951_782_400_000))
        #expect(ISO8601Format.parse("2000-02-29T00:00:00.1234567Z") == Timestamp(milliseconds: 951_782_400_123))
    }

    @Test func parse_RejectsMalformed() {
        for text in ["", "2001-02-29", "2000-13-01", "2000-01-01T24:00Z", "2000-01-01T00:00:00", "2000-1-1",
                     "2000-01-01T00:00:00.Z", "2000-01-01T00:00:00Zjunk", "yesterday"] {
            #expect(ISO8601Format.parse(text) == nil, "\(text) should be rejected")
        }
    }

    @Test func formatThenParse_RoundTripsRandomInstants() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("timestamp round trip"))
        for _ in 0..<5000 {
            let timestamp = Timestamp(milliseconds: Int64.random(in: -62_000_000_000_000...250_000_000_000_000, using: &generator))
            #expect(ISO8601Format.parse(timestamp.iso8601) == timestamp, "\(timestamp.milliseconds)")
        }
    }
}
