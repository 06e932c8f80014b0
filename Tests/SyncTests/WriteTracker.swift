import FieldCore

/// Every write a schedule made, with what its writer had seen, to check that none is lost.
///
/// A write is lost unless, in the final state of its field, it is still there (current or a
/// conflict alternative) or an entry there was written by someone who had seen it.
struct WriteTracker {
    private var writes: [(record: String, field: String, entry: FieldEntry)] = []
    private var contexts: [String: [Dot: VersionVector]] = [:]

    mutating func recordWrite(_ record: Record, by device: DeviceID) {
        let dot = Dot(device: device, counter: record.version[device])
        contexts[record.id, default: [:]][dot] = record.version
        for (name, register) in record.fields {
            for entry in register.entries where entry.dot == dot {
                writes.append((record.id, name, entry))
            }
        }
    }

    func lostWrites(in final: [String: Record]) -> [String] {
        writes.compactMap { write in
            let entries = final[write.record]?.fields[write.field]?.entries ?? []
            let kept = entries.contains(write.entry)
            let superseded = entries.contains { other in
                other.dot != write.entry.dot && contexts[write.record]?[other.dot]?.contains(write.entry.dot) == true
            }
            return kept || superseded ? nil : "write \(write.entry.dot) to \(write.record).\(write.field) was lost"
        }
    }
}
