import Testing
import Foundation
@testable import FieldCore
import TestSupport

@Suite struct VersionVectorTests {
    static let devices = ["a", "b", "c", "d"].map(DeviceID.init)

    static func make(_ counts: [String: UInt64]) -> VersionVector {
        VersionVector(Dictionary(uniqueKeysWithValues: counts.map { (DeviceID($0.key), $0.value) }))
    }

    static func random(_ generator: inout SeededGenerator) -> VersionVector {
        var counts: [DeviceID: UInt64] = [:]
        for device in devices where Bool.random(using: &generator) {
            counts[device] = UInt64.random(in: 0...4, using: &generator)
        }
        return VersionVector(counts)
    }

    @Test func increment_ReturnsNextDotAndDominatesPrevious() {
        var vector = Self.make(["a": 2])
        let before = vector
        let dot = vector.increment(DeviceID("a"))
        #expect(dot == Dot(device: DeviceID("a"), counter: 3))
        #expect(vector.dominates(before))
        #expect(!before.dominates(vector))
        #expect(vector.contains(dot))
        #expect(!before.contains(dot))
    }

    @Test func compare_NamesEachRelation() {
        let base = Self.make(["a": 1, "b": 2])
        #expect(base.compare(to: base) == .equal)
        #expect(base.compare(to: Self.make(["a": 2, "b": 2])) == .before)
        #expect(Self.make(["a": 2, "b": 2]).compare(to: base) == .after)
        #expect(base.compare(to: Self.make(["a": 2, "b": 1])) == .concurrent)
        #expect(VersionVector.empty.compare(to: base) == .before)
    }

    @Test func zeroCounts_AreDroppedSoEqualHistoriesAreEqual() {
        #expect(Self.make(["a": 0, "b": 1]) == Self.make(["b": 1]))
        #expect(Self.make(["a": 0]) == .empty)
    }

    @Test func laws_HoldForRandomVectors() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("VersionVector laws"))
        for _ in 0..<2000 {
            let (x, y, z) = (Self.random(&generator), Self.random(&generator), Self.random(&generator))
            #expect(x.merged(with: y) == y.merged(with: x), "merge is commutative")
            #expect(x.merged(with: y).merged(with: z) == x.merged(with: y.merged(with: z)), "merge is associative")
            #expect(x.merged(with: x) == x, "merge is idempotent")
            #expect(x.merged(with: y).descends(from: x) && x.merged(with: y).descends(from: y), "merge is an upper bound")
            #expect(x.compare(to: y) == Self.mirror(y.compare(to: x)), "compare is antisymmetric")
            #expect(x.dominates(y) == (x.compare(to: y) == .after), "dominance matches compare")
            #expect((x.compare(to: y) == .equal) == (x == y), "equal compare means equal value")
        }
    }

    @Test func wire_RoundTripsWithSortedKeys() throws {
        let vector = Self.make(["b": 2, "a": 7])
        let text = JSONWriter.writeString(vector.wireValue)
        #expect(text == #"{"a":7,"b":2}"#)
        #expect(try VersionVector(wire: try JSONParser.parse(text)) == vector)
    }

    @Test func wire_InvalidDeviceIDOrCounter_Throws() throws {
        for text in [#"{"A B":1}"#, #"{"a":-1}"#, #"{"a":1.5}"#, #"{"a":"1"}"#, #"{"a":9007199254740992}"#, "[]"] {
            #expect(throws: WireDecodingError.self, "\(text)") { try VersionVector(wire: try JSONParser.parse(text)) }
        }
    }

    static func mirror(_ order: CausalOrder) -> CausalOrder {
        switch order {
        case .before: return .after
        case .after: return .before
        case .equal, .concurrent: return order
        }
    }
}
