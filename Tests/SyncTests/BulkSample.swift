import Foundation

/// A fieldkit-sample/1 file of many notes with long summaries, to fill a small disk in one push.
enum BulkSample {
    /// A word in every summary, to check that logs never hold note contents.
    static let marker = "Zebracrossing"

    /// Writes `count` notes of about `summaryBytes` bytes each to `path`; returns their ids.
    static func write(count: Int, summaryBytes: Int, to path: String) throws -> [String] {
        let ids = (0..<count).map { _ in UUID().uuidString.lowercased() }
        let filler = String(repeating: "\(marker) blocked by vans near the school. ", count: summaryBytes / 40 + 1)
        let notes: [[String: Any]] = ids.enumerated().map { index, id in
            ["id": id, "stand_id": NSNull(), "recorded_at": "2026-10-01T10:00:00Z", "officer": "Sanne", "topic": "parking",
             "summary": "\(index) " + filler.prefix(summaryBytes), "tags": ["bulk"], "mood": "neutral",
             "follow_up": NSNull(), "follow_up_status": NSNull(), "contact": NSNull(), "consent": false, "participants": 1]
        }
        let file: [String: Any] = ["format": "fieldkit-sample/1", "officers": ["Sanne"], "stands": [], "notes": notes]
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
        return ids
    }
}
