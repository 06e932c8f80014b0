import Testing
@testable import FieldCore
import TestSupport

/// The merge with erasures as properties: random histories where coordinators on the server erase
/// contacts and whole notes while devices go on writing concurrently, without seeing the erasures.
@Suite struct ErasurePropertyTests {
    static let fields = ["topic", "summary", "contact", "consent", "location"]
    static let values: [FieldValue] = [.text("x"), .text("y"), .null, .bool(true), .bool(false)]

    /// Replicas of one note. Replicas 0 and 1 are servers (1 stands for a store restored from a
    /// backup, writing as the next generation); devices are the rest. Only servers erase.
    struct Simulation {
        var replicas: [Record]
        var writes: [(field: String, entry: FieldEntry)] = []

        init(deviceCount: Int) {
            let author = Author(device: DeviceID("d2"), officer: "d2", at: Timestamp(milliseconds: 0))
            let seed = NoteDraft(neighbourhood: "Lombok", recordedAt: Timestamp(milliseconds: 0), officer: "d2", topic: "start",
                                 summary: "s", contact: "06-MARKER").record(id: "r", by: author)
            replicas = Array(repeating: seed, count: deviceCount + 2)
            writes = seed.fields.map { ($0.key, $0.value.entries[0]) }
        }

        mutating func step(_ generator: inout SeededGenerator, time: Int64) {
            let index = Int.random(in: 0..<replicas.count, using: &generator)
            let stamp = Timestamp(milliseconds: time)
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4:
                let other = Int.random(in: 0..<replicas.count, using: &generator)
                replicas[index] = RecordMerge.merge(replicas[index], replicas[other])
            case 4 where index < 2:
                let level = ErasureLevel.allCases.randomElement(using: &generator)!
                let device = index == 0 ? ["coord:retention", "coord:carla"].randomElement(using: &generator)! : "coord:retention.r1"
                record(replicas[index].erasing(level, by: Author(device: DeviceID(device), officer: device, at: stamp)), at: index)
            case 4:
                record(replicas[index].deleting(clearing: NoteField.clearedPersonalFields, by: author(index, stamp)), at: index)
            default:
                guard index >= 2 else { return }
                // A device that has not seen an erasure writes anything; one that has is refused
                // locally (erasureForbidding), as fieldkit edit refuses it.
                let field = ErasurePropertyTests.fields.randomElement(using: &generator)!
                let value = ErasurePropertyTests.values.randomElement(using: &generator)!
                guard replicas[index].erasureForbidding([field]) == nil else { return }
                record(replicas[index].writing([field: value], by: author(index, stamp)), at: index)
            }
        }

        func author(_ index: Int, _ stamp: Timestamp) -> Author {
            Author(device: DeviceID("d\(index)"), officer: "o\(index)", at: stamp)
        }

        private mutating func record(_ written: Record?, at index: Int) {
            guard let written else { return }
            let old = replicas[index]
            for (name, register) in written.fields {
                for entry in register.entries where !old.version.contains(entry.dot) { writes.append((name, entry)) }
            }
            replicas[index] = written
        }
    }

    static func simulate(_ generator: inout SeededGenerator, steps: Int) -> Simulation {
        var simulation = Simulation(deviceCount: Int.random(in: 2...5, using: &generator))
        for step in 0..<steps { simulation.step(&generator, time: Int64(step + 1)) }
        return simulation
    }

    /// Whether no entry holds a contact: what "the contact is gone from this copy" means.
    static func holdsNoContact(_ record: Record) -> Bool {
        (record.fields["contact"]?.entries ?? []).allSatisfy { $0.value == .null }
    }

    @Test func mergeWithErasures_IsCommutativeAssociativeIdempotent() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("erasure merge laws"))
        for round in 0..<400 {
            let simulation = Self.simulate(&generator, steps: 50)
            let picks = (0..<3).map { _ in simulation.replicas.randomElement(using: &generator)! }
            let (x, y, z) = (picks[0], picks[1], picks[2])
            let xy = RecordMerge.merge(x, y)
            #expect(xy == RecordMerge.merge(y, x), "commutative, round \(round)")
            #expect(RecordMerge.merge(xy, z) == RecordMerge.merge(x, RecordMerge.merge(y, z)), "associative, round \(round)")
            #expect(RecordMerge.merge(x, x) == x, "idempotent, round \(round)")
            #expect(xy.validationProblem() == nil, "valid, round \(round): \(xy.validationProblem() ?? "")")
            let levels = [ErasureRule.level(of: x), ErasureRule.level(of: y)].compactMap { $0 }
            #expect(ErasureRule.level(of: xy) == levels.max(), "the level of a merge is the highest of its inputs', round \(round)")
            if !levels.isEmpty { #expect(Self.holdsNoContact(xy), "a contact survived a merge with an erased copy, round \(round)") }
        }
    }

    @Test func replicasWithErasures_ConvergeAndLoseOnlyWhatWasErased() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("erasure convergence"))
        for round in 0..<400 {
            let simulation = Self.simulate(&generator, steps: 70)
            let replicas = simulation.replicas
            let final = replicas.shuffled(using: &generator).reduce(replicas[0], RecordMerge.merge)
            #expect(final == replicas.reversed().reduce(replicas[0], RecordMerge.merge), "converges, round \(round)")
            #expect(final.validationProblem() == nil, "valid, round \(round)")
            let level = ErasureRule.level(of: final)
            if level != nil { #expect(Self.holdsNoContact(final), "contact survived, round \(round)") }
            for write in simulation.writes {
                let entries = final.fields[write.field]?.entries ?? []
                let kept = entries.contains(write.entry)
                let superseded = final.version.contains(write.entry.dot) && !kept
                let erased = level.map { !ErasureRule.keeps(write.entry.value, in: write.field, at: $0) } ?? false
                #expect(kept || superseded || erased, "write \(write.entry.dot) to \(write.field) lost, round \(round)")
                if erased { #expect(!kept, "an erased value stands, round \(round)") }
            }
        }
    }

    @Test func lateReplica_NeverBringsErasedContactBack() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("erasure late replica"))
        for round in 0..<300 {
            var simulation = Self.simulate(&generator, steps: 30)
            let stale = simulation.replicas[2]
            guard let erased = simulation.replicas[0].erasing(.contact, by: Author(device: DeviceID("coord:retention"), officer: "r", at: Timestamp(milliseconds: 99))) else { continue }
            simulation.replicas[0] = erased
            let later = simulation.replicas.dropFirst().reduce(erased, RecordMerge.merge)
            #expect(Self.holdsNoContact(later) && Self.holdsNoContact(RecordMerge.merge(stale, later)), "round \(round)")
            #expect(!"\(RecordMerge.merge(stale, later).fields)".contains("06-MARKER"), "round \(round)")
        }
    }
}
