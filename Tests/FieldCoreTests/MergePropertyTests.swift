import Testing
@testable import FieldCore
import TestSupport

/// Merge as properties over random replica histories (riak_dt's prop_converge, in small).
@Suite struct MergePropertyTests {
    static let fields = ["topic", "summary", "mood"]
    static let values: [FieldValue] = [.text("x"), .text("y"), .text("z"), .null]

    /// A replica of one record, and every write ever made with the context it was made in.
    struct Simulation {
        var replicas: [Record]
        var writes: [(field: String, entry: FieldEntry)] = []
        /// The writer's version right after each write: what that write had seen.
        var contexts: [Dot: VersionVector] = [:]

        init(deviceCount: Int) {
            let seed = Record.created(id: "r", kind: .note, values: ["topic": .text("start")],
                                      by: Author(device: DeviceID("d0"), officer: "d0", at: Timestamp(milliseconds: 0)))
            replicas = Array(repeating: seed, count: deviceCount)
            writes = seed.fields.map { ($0.key, $0.value.entries[0]) }
            contexts[seed.fields["topic"]!.entries[0].dot] = seed.version
        }

        mutating func step(_ generator: inout SeededGenerator, time: Int64) {
            let index = Int.random(in: 0..<replicas.count, using: &generator)
            let author = Author(device: DeviceID("d\(index)"), officer: "o\(index)", at: Timestamp(milliseconds: time))
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4:
                let other = Int.random(in: 0..<replicas.count, using: &generator)
                replicas[index] = RecordMerge.merge(replicas[index], replicas[other])
            case 4:
                record(replicas[index].deleting(clearing: ["summary": .text("")], by: author), at: index)
            default:
                let field = MergePropertyTests.fields.randomElement(using: &generator)!
                let value = MergePropertyTests.values.randomElement(using: &generator)!
                record(replicas[index].writing([field: value], by: author), at: index)
            }
        }

        private mutating func record(_ written: Record?, at index: Int) {
            guard let written else { return }
            let dot = Dot(device: DeviceID("d\(index)"), counter: written.version[DeviceID("d\(index)")])
            contexts[dot] = written.version
            for (name, register) in written.fields {
                for entry in register.entries where entry.dot == dot { writes.append((name, entry)) }
            }
            replicas[index] = written
        }
    }

    @Test func merge_IsCommutativeAssociativeIdempotent() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("merge laws"))
        for round in 0..<300 {
            var simulation = Simulation(deviceCount: Int.random(in: 3...5, using: &generator))
            for step in 0..<40 { simulation.step(&generator, time: Int64(step)) }
            let picks = (0..<3).map { _ in simulation.replicas.randomElement(using: &generator)! }
            let (x, y, z) = (picks[0], picks[1], picks[2])
            #expect(RecordMerge.merge(x, y) == RecordMerge.merge(y, x), "commutative, round \(round)")
            #expect(RecordMerge.merge(RecordMerge.merge(x, y), z) == RecordMerge.merge(x, RecordMerge.merge(y, z)),
                    "associative, round \(round)")
            #expect(RecordMerge.merge(x, x) == x, "idempotent, round \(round)")
            #expect(RecordMerge.merge(x, y).validationProblem() == nil, "invariant kept, round \(round)")
        }
    }

    @Test func randomReplicas_ConvergeAndLoseNoWrite() throws {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("merge convergence"))
        for round in 0..<300 {
            var simulation = Simulation(deviceCount: Int.random(in: 3...8, using: &generator))
            for step in 0..<60 { simulation.step(&generator, time: Int64(step)) }
            let final = simulation.replicas.shuffled(using: &generator).reduce(simulation.replicas[0], RecordMerge.merge)
            let otherOrder = simulation.replicas.reversed().reduce(simulation.replicas[0], RecordMerge.merge)
            #expect(final == otherOrder, "converges whatever the order, round \(round)")
            for write in simulation.writes {
                let register = final.fields[write.field]?.entries ?? []
                let kept = register.contains(write.entry)
                let superseded = register.contains { $0.dot != write.entry.dot && Self.saw($0, write.entry.dot, in: simulation) }
                #expect(kept || superseded, "write \(write.entry.dot) to \(write.field) lost, round \(round)")
            }
        }
    }

    /// Whether the write that produced `entry` had seen `dot`: its writer's version at that moment contained it.
    static func saw(_ entry: FieldEntry, _ dot: Dot, in simulation: Simulation) -> Bool {
        simulation.contexts[entry.dot]?.contains(dot) ?? false
    }
}
