import FieldCore

/// Draws what a simulated officer writes: new notes, and edits to notes other officers logged.
///
/// Edits aim at the oldest notes half of the time, so that devices often edit the same note's
/// same field between two syncs: the concurrent writes the merge must keep as conflicts.
struct NoteWriter: Sendable {
    static let neighbourhoods = ["Lombok", "Zuilen", "Overvecht", "Kanaleneiland", "Hoograven", "Tuindorp"]
    static let topics = ["parking", "litter", "noise", "traffic", "youth", "lighting", "dogs", "graffiti"]
    static let words = ["vans", "bins", "crossing", "school", "market", "bikes", "corner", "evening", "repeat", "square"]
    /// How many of the oldest notes count as the shared "hot" set that edits favour.
    static let hotNotes = 10

    let officer: String
    private var generator: SplitMix64

    init(officer: String, generator: SplitMix64) {
        self.officer = officer
        self.generator = generator
    }

    mutating func nextID() -> String {
        generator.recordID()
    }

    mutating func draft() -> NoteDraft {
        NoteDraft(
            neighbourhood: pick(Self.neighbourhoods), location: "\(pick(Self.words)) \(Int.random(in: 1...99, using: &generator))",
            officer: officer, topic: pick(Self.topics), summary: sentence(),
            tags: [pick(Self.words)], mood: pick(Mood.allCases), participants: Int.random(in: 1...4, using: &generator))
    }

    /// A note to edit among `candidates` (oldest first), or nil when there is none.
    mutating func editTarget(among candidates: [String]) -> String? {
        guard !candidates.isEmpty else { return nil }
        let hot = Bool.random(using: &generator)
        let range = hot ? 0..<min(Self.hotNotes, candidates.count) : 0..<candidates.count
        return candidates[Int.random(in: range, using: &generator)]
    }

    /// One or two fields to change: a summary or topic (which collide) or a mood.
    mutating func changes() -> [NoteField: FieldValue] {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: return [.summary: .text(sentence())]
        case 1: return [.topic: .text(pick(Self.topics)), .mood: .text(pick(Mood.allCases).rawValue)]
        default: return [.mood: .text(pick(Mood.allCases).rawValue)]
        }
    }

    private mutating func sentence() -> String {
        (0..<5).map { _ in pick(Self.words) }.joined(separator: " ")
    }

    private mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int.random(in: 0..<choices.count, using: &generator)]
    }
}
