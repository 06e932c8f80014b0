import FieldCore
import FieldStore

/// Whether a device's store holds exactly the server's records: the same ids, versions and fields.
enum ReplicaComparison {
    /// Nil when `records` equal `server`; otherwise what differs first, by record id (never contents).
    static func difference(_ records: [Record], server: [String: Record]) -> String? {
        if records.count != server.count {
            return "holds \(records.count) records, the server \(server.count)"
        }
        for record in records {
            guard let held = server[record.id] else { return "holds \(record.id), which the server does not" }
            if held.version != record.version { return "has \(record.id) at version \(record.version), the server at \(held.version)" }
            if held != record { return "has \(record.id) with other field entries than the server" }
        }
        return nil
    }
}
