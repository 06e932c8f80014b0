import Testing
@testable import FieldCore
import TestSupport

/// The consent rule survives every merge: random valid replicas with contact writes, consent-only
/// writes and concurrent withdrawals, merged in random orders, are valid on every copy.
///
/// Writes come in two kinds: the ones a client makes (`Record.writing`, which pairs contact with
/// consent), and raw writes of any fields with any values, kept only when the result is valid, so
/// that the merge is checked on everything the server would accept, not only on what FieldKit writes.
@Suite struct ConsentPropertyTests {
    static let contacts: [FieldValue] = [.text("06-0000 1234"), .text("k@example.org"), .null]
    static let consents: [FieldValue] = [.bool(true), .bool(false)]

    struct Simulation {
        var replicas: [Record]

        init(deviceCount: Int, generator: inout SeededGenerator) {
            let contact = ConsentPropertyTests.contacts.randomElement(using: &generator)!.text
            let seed = NoteDraft(neighbourhood: "Lombok", recordedAt: Timestamp(milliseconds: 0), officer: "d0",
                                 topic: "start", summary: "s", contact: contact)
                .record(id: "r", by: Author(device: DeviceID("d0"), officer: "d0", at: Timestamp(milliseconds: 0)))
            replicas = Array(repeating: seed, count: deviceCount)
        }

        mutating func step(_ generator: inout SeededGenerator, time: Int64) {
            let index = Int.random(in: 0..<replicas.count, using: &generator)
            let author = Author(device: DeviceID("d\(index)"), officer: "o\(index)", at: Timestamp(milliseconds: time))
            let current = replicas[index]
            switch Int.random(in: 0..<12, using: &generator) {
            case 0..<4:
                let other = Int.random(in: 0..<replicas.count, using: &generator)
                replicas[index] = RecordMerge.merge(current, replicas[other])
            case 4:  // a withdrawal (fieldkit edit --no-consent)
                replicas[index] = current.writing(["consent": .bool(false)], by: author) ?? current
            case 5:
                replicas[index] = current.deleting(clearing: NoteField.clearedPersonalFields, by: author) ?? current
            case 6..<9:  // a client's write of some of contact, consent and topic
                replicas[index] = current.writing(Self.randomChanges(&generator), by: author) ?? current
            default:  // any write at all, kept when it leaves the record valid
                let raw = Self.rawWrite(current, Self.randomChanges(&generator), by: author)
                if raw.validationProblem() == nil { replicas[index] = raw }
            }
        }

        static func randomChanges(_ generator: inout SeededGenerator) -> [String: FieldValue] {
            var changes: [String: FieldValue] = [:]
            if Bool.random(using: &generator) { changes["contact"] = contacts.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { changes["consent"] = consents.randomElement(using: &generator)! }
            if changes.isEmpty || Bool.random(using: &generator) { changes["topic"] = .text("t\(Int.random(in: 0..<3, using: &generator))") }
            return changes
        }

        /// A write exactly as given, with no pairing: one new dot for every field in `changes`.
        static func rawWrite(_ record: Record, _ changes: [String: FieldValue], by author: Author) -> Record {
            var written = record
            let dot = written.version.increment(author.device)
            for (name, value) in changes {
                written.fields[name] = FieldRegister(single: FieldEntry(value: value, mark: WriteMark(dot: dot, officer: author.officer, at: author.at)))
            }
            return written
        }
    }

    /// The rule, checked here independently of `validationProblem`.
    static func keepsRule(_ record: Record) -> Bool {
        let consented = Set((record.fields["consent"]?.entries ?? []).filter { $0.value == .bool(true) }.map(\.dot))
        return (record.fields["contact"]?.entries ?? []).allSatisfy { $0.value.isNull || consented.contains($0.dot) }
    }

    @Test func mergesOfValidReplicas_AlwaysKeepContactBesideConsent() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("consent rule under merge"))
        for round in 0..<300 {
            var simulation = Simulation(deviceCount: Int.random(in: 2...5, using: &generator), generator: &generator)
            for step in 0..<50 {
                simulation.step(&generator, time: Int64(step))
                #expect(simulation.replicas.allSatisfy { $0.validationProblem() == nil && Self.keepsRule($0) },
                        "a write or merge broke the rule, round \(round) step \(step)")
            }
            for left in simulation.replicas {
                for right in simulation.replicas {
                    let merged = RecordMerge.merge(left, right)
                    #expect(merged.validationProblem() == nil && Self.keepsRule(merged), "pairwise merge, round \(round)")
                }
            }
            let shuffled = simulation.replicas.shuffled(using: &generator)
            let final = shuffled.reduce(shuffled[0], RecordMerge.merge)
            let reversed = simulation.replicas.reversed().reduce(simulation.replicas[0], RecordMerge.merge)
            #expect(final == reversed, "converges whatever the order, round \(round)")
            #expect(final.validationProblem() == nil && Self.keepsRule(final), "final merge, round \(round)")
        }
    }

    @Test func clientWrites_SetContactAndConsentWithOneDot() {
        var generator = SeededGenerator(seed: SeededGenerator.seedForRun("consent pairing"))
        for round in 0..<300 {
            var simulation = Simulation(deviceCount: 3, generator: &generator)
            for step in 0..<30 { simulation.step(&generator, time: Int64(step)) }
            let record = simulation.replicas.randomElement(using: &generator)!
            let author = Author(device: DeviceID("dx"), officer: "x", at: Timestamp(milliseconds: 99))
            guard let written = record.writing(Simulation.randomChanges(&generator), by: author) else { continue }
            let dot = Dot(device: DeviceID("dx"), counter: 1)
            let contactWritten = written.fields["contact"]?.entries.contains { $0.dot == dot } ?? false
            let consentWritten = written.fields["consent"]?.entries.contains { $0.dot == dot } ?? false
            #expect(contactWritten == consentWritten || (consentWritten && record.standingContacts.isEmpty),
                    "contact and consent written apart, round \(round)")
            #expect(written.validationProblem() == nil, "round \(round)")
        }
    }
}
