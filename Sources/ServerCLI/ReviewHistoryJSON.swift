import FieldCore
import FieldStore

/// One stored change of a note in `review show --json`: when the server merged it, from where,
/// and each write it brought (who, on which device, when, which fields).
struct ReviewHistoryJSON: Encodable {
    struct Write: Encodable {
        let officer: String
        let device: String
        let counter: UInt64
        let at: String
        let fields: [String]
    }

    let seq: Int64
    let mergedAt: String
    let source: String
    let writes: [Write]

    init(_ entry: HistoryEntry) {
        seq = entry.seq
        mergedAt = entry.mergedAt.iso8601
        source = entry.source
        writes = entry.writes.map {
            Write(officer: $0.officer, device: $0.device.rawValue, counter: $0.counter, at: $0.at.iso8601, fields: $0.fields)
        }
    }

    enum CodingKeys: String, CodingKey {
        case seq, source, writes
        case mergedAt = "merged_at"
    }
}
