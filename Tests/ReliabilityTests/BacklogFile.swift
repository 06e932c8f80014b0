import Foundation

/// Writes `fieldkit-sample/1` files of many made-up notes, for `fieldkit import`.
enum BacklogFile {
    /// One file holding a note for each id, by `officer`; the contents are bland, the ids are what is checked.
    static func write(ids: [String], officer: String, to path: String) throws {
        let notes = ids.enumerated().map { index, id in note(id: id, index: index, officer: officer) }
        let file: [String: Any] = ["format": "fieldkit-sample/1", "officers": [officer], "stands": [], "notes": notes]
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
    }

    private static func note(id: String, index: Int, officer: String) -> [String: Any] {
        let topics = ["parking", "litter", "noise", "safety", "youth"]
        return [
            "id": id, "stand_id": NSNull(), "recorded_at": String(format: "2026-10-%02dT%02d:%02d:00Z", 1 + index % 28, 8 + index % 10, index % 60),
            "officer": officer, "topic": topics[index % topics.count], "summary": "Backlog note \(index)",
            "tags": ["backlog"], "mood": "neutral", "follow_up": NSNull(), "follow_up_status": NSNull(),
            "contact": NSNull(), "consent": false, "participants": 1,
        ]
    }

    /// A lower-case UUID drawn from `generator`, so a seeded run makes the same ids again.
    static func noteID<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let hex = (0..<32).map { _ in String(Int.random(in: 0..<16, using: &generator), radix: 16) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), "4" + hex.dropFirst(13).prefix(3),
                     "8" + hex.dropFirst(17).prefix(3), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}
