import ArgumentKit
import FieldCore
import FieldStore

/// The audit trail as a terminal table: one entry a line, times local.
enum AuditText {
    static func table(_ entries: [AuditEntry]) -> String {
        var table = TextTable(headers: ["SEQ", "TIME", "ACTOR", "ROLE", "DEVICE", "ACTION", "RECORDS", "DETAIL"])
        table.maximumCellWidth = 60
        for entry in entries {
            let event = entry.event
            table.add([String(entry.seq), LocalTime.format(entry.at), event.actor, event.role.rawValue, event.device ?? "-",
                       event.action.rawValue, records(event.recordIDs), detail(event.detail)])
        }
        return table.render()
    }

    /// One id in full (it is what `--record` takes), else how many.
    static func records(_ ids: [String]) -> String {
        switch ids.count {
        case 0: return "-"
        case 1: return ids[0]
        default: return "\(ids.count) records"
        }
    }

    /// `count=3 format=csv to=file`: the facts as `key=value`, keys sorted, lists comma-separated.
    static func detail(_ facts: [String: JSONValue]) -> String {
        facts.keys.sorted().map { key in "\(key)=\(text(facts[key] ?? .null))" }.joined(separator: " ")
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let string): return string
        case .array(let elements): return elements.map(text).joined(separator: ",")
        default: return JSONWriter.writeString(value)
        }
    }
}
