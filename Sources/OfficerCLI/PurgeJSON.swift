import FieldCore
import FieldStore

/// `fieldkit purge --json`: counts, the cutoff, and the ids that went (or would go).
struct PurgeJSON: Encodable {
    struct Item: Encodable {
        let id: String
        let recordedAt: String?
        let neighbourhood: String?
        let topic: String?

        enum CodingKeys: String, CodingKey {
            case id, neighbourhood, topic
            case recordedAt = "recorded_at"
        }
    }

    let cutoff: String
    let dryRun: Bool
    let purgedNotes: Int
    let purgedStands: Int
    let keptUnsynced: Int
    let notes: [Item]
    let stands: [Item]

    enum CodingKeys: String, CodingKey {
        case cutoff, notes, stands
        case dryRun = "dry_run"
        case purgedNotes = "purged_notes"
        case purgedStands = "purged_stands"
        case keptUnsynced = "kept_unsynced"
    }

    init(_ report: PurgeReport) {
        cutoff = report.cutoff.iso8601
        dryRun = report.dryRun
        purgedNotes = report.notes.count
        purgedStands = report.stands.count
        keptUnsynced = report.keptUnsynced
        let item = { (record: PurgedRecord) in
            Item(id: record.id, recordedAt: record.recordedAt?.iso8601, neighbourhood: record.neighbourhood, topic: record.topic)
        }
        notes = report.notes.map(item)
        stands = report.stands.map(item)
    }
}
