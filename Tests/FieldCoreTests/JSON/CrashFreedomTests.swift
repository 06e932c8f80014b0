import TestSupport
import FieldCore
import Testing

/// Hostile bytes must give a value or an error, never a crash; whatever is accepted must round-trip.
struct CrashFreedomTests {
    /// Bytes that matter to the grammar, weighted so random input gets past the first byte often.
    static let interestingBytes: [UInt8] = Array(#"{}[],:"\/bfnrtu0123456789-+.eE truefalsenull"#.utf8)
        + [0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xA9, 0xE2, 0xED, 0xA0, 0xF0, 0x9F, 0xF4, 0xFF]

    @Test func parse_RandomBytes_NeverCrashes() {
        var generator = SeededGenerator.make(test: "parse_RandomBytes_NeverCrashes")
        var accepted = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...48, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator)
                    ? Self.interestingBytes.randomElement(using: &generator) ?? 0
                    : UInt8.random(in: 0...255, using: &generator)
            }
            if Self.checkAcceptedRoundTrips(bytes) { accepted += 1 }
        }
        print("parse_RandomBytes_NeverCrashes: \(accepted) of 20000 accepted")
    }

    @Test func parse_MutatedDocuments_NeverCrash() {
        var generator = SeededGenerator.make(test: "parse_MutatedDocuments_NeverCrash")
        var random = RandomJSON(generator: SeededGenerator(seed: generator.next()))
        var accepted = 0
        for _ in 0..<20_000 {
            var bytes = JSONWriter.write(random.value(depth: 3))
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                Self.mutate(&bytes, using: &generator)
            }
            if Self.checkAcceptedRoundTrips(bytes) { accepted += 1 }
        }
        print("parse_MutatedDocuments_NeverCrash: \(accepted) of 20000 accepted")
    }

    /// Flips a bit, inserts a byte or deletes one, at a random place.
    static func mutate(_ bytes: inout [UInt8], using generator: inout SeededGenerator) {
        let position = Int.random(in: 0...bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0 where position < bytes.count:
            bytes[position] ^= 1 << UInt8.random(in: 0...7, using: &generator)
        case 1:
            bytes.insert(interestingBytes.randomElement(using: &generator) ?? 0, at: position)
        default:
            if position < bytes.count { bytes.remove(at: position) }
        }
    }

    /// Parses `bytes`; when accepted, canonical text must parse back to the same value.
    static func checkAcceptedRoundTrips(_ bytes: [UInt8]) -> Bool {
        guard let value = try? JSONParser.parse(bytes) else { return false }
        let again = try? JSONParser.parse(JSONWriter.write(value))
        #expect(again == RandomJSON.expectedAfterRoundTrip(value))
        return true
    }
}
