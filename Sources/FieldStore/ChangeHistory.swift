import FieldCore
import SQLiteKit

/// The history of a central record: what each stored change brought in, as the merge saw it.
///
/// For every stored change the server notes the writes (dots) that were new to it, with the
/// officer, device and time each carries and the fields it set: "Bram changed summary and mood
/// at 14:05 on laptop 3f2a; merged at 16:40 from that laptop".
enum ChangeHistory {
    /// Appends the row for a change from `old` to `new`, stored under `seq`.
    static func append(seq: Int64, old: Record?, new: Record, source: String, at time: Timestamp, in connection: Connection) throws {
        let writes = newWrites(old: old, new: new)
        try connection.cachedStatement("INSERT INTO history (seq, record_id, at, source, writes) VALUES (?, ?, ?, ?, ?)")
            .execute([.integer(seq), .text(new.id), .integer(time.milliseconds), .text(source), .text(JSONWriter.writeString(writes))])
    }

    /// The writes `new` holds that `old` had not seen, each with the fields it set.
    static func newWrites(old: Record?, new: Record) -> JSONValue {
        var fieldsByDot: [Dot: (mark: WriteMark, fields: [String])] = [:]
        for (name, register) in new.fields {
            for entry in register.entries where !(old?.version.contains(entry.dot) ?? false) {
                fieldsByDot[entry.dot, default: (entry.mark, [])].fields.append(name)
            }
        }
        return .array(fieldsByDot.sorted { $0.key < $1.key }.map { dot, write in
            .object([
                "device": .string(dot.device.rawValue), "counter": .integer(Int64(dot.counter)),
                "officer": .string(write.mark.officer), "at": .integer(write.mark.at.milliseconds),
                "fields": .array(write.fields.sorted().map(JSONValue.string)),
            ])
        })
    }
}
