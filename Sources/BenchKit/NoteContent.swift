import FieldCore
import LoadGenerator

/// What a benchmark note says: about 500 bytes of field values, most of them in the summary,
/// the shape of a real conversation note.
enum NoteContent {
    static let neighbourhoods = ["Lombok", "Zuilen", "Overvecht", "Kanaleneiland", "Hoograven", "Tuindorp"]
    static let topics = ["parking", "litter", "noise", "traffic", "youth", "lighting", "dogs", "graffiti"]
    static let words = ["vans", "bins", "crossing", "school", "market", "bikes", "corner", "evening", "repeat", "square",
                        "neighbours", "complained", "again", "about", "the", "late", "delivery", "near", "playground"]
    /// Bytes of summary text; with the other fields a note holds about 500 bytes of values.
    static let summaryBytes = 380

    /// The values of a new note, recorded at `at` by `officer`.
    static func values(officer: String, at: Timestamp, using random: inout SplitMix64) -> [String: FieldValue] {
        [
            NoteField.standID.rawValue: .text(random.recordID()),
            NoteField.neighbourhood.rawValue: .text(random.pick(neighbourhoods)),
            NoteField.location.rawValue: .text("\(random.pick(words)) \(Int.random(in: 1...99, using: &random))"),
            NoteField.recordedAt.rawValue: .number(Double(at.milliseconds)),
            NoteField.officer.rawValue: .text(officer),
            NoteField.topic.rawValue: .text(random.pick(topics)),
            NoteField.summary.rawValue: .text(summary(using: &random)),
            NoteField.tags.rawValue: .list([random.pick(words), random.pick(words)]),
            NoteField.mood.rawValue: .text(random.pick(Mood.allCases).rawValue),
            NoteField.participants.rawValue: .number(Double(Int.random(in: 1...4, using: &random))),
        ]
    }

    /// An edit: a new summary and mood, the fields officers change most.
    static func changes(using random: inout SplitMix64) -> [String: FieldValue] {
        [
            NoteField.summary.rawValue: .text(summary(using: &random)),
            NoteField.mood.rawValue: .text(random.pick(Mood.allCases).rawValue),
        ]
    }

    /// Words up to `summaryBytes` bytes.
    static func summary(using random: inout SplitMix64) -> String {
        var text = ""
        while text.utf8.count < summaryBytes - 12 {
            text += (text.isEmpty ? "" : " ") + random.pick(words)
        }
        return text
    }
}
