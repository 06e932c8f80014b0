import FieldCore
import FieldStore

/// The audit entries of the sync endpoints: who pushed or pulled which records, from which device.
extension AuditEvent {
    /// A stored push: the records it carried and how many of each kind of change the merge made.
    static func push(by caller: AuthenticatedDevice, records: [Record], result: PushResult) -> AuditEvent {
        var detail: [String: JSONValue] = ["inserted": 0, "updated": 0, "conflicted": 0, "unchanged": 0].mapValues(JSONValue.integer)
        for change in result.changes {
            let name = change.protocolName
            if case .integer(let count)? = detail[name] { detail[name] = .integer(count + 1) }
        }
        if !result.relays.isEmpty { detail["relayed"] = .integer(Int64(result.relays.count)) }
        return AuditEvent(actor: caller.token.officer, role: AuditRole(caller.token.role), device: caller.device.rawValue,
                          action: .push, recordIDs: records.map(\.id), detail: detail)
    }

    /// A served pull page: the records it held, the cursor it started after and the one it handed out.
    static func pull(by caller: AuthenticatedDevice, served ids: [String], after cursor: String?, next: String, more: Bool) -> AuditEvent {
        var detail: [String: JSONValue] = ["count": .integer(Int64(ids.count)), "cursor": .string(next), "more": .bool(more)]
        if let cursor, !cursor.isEmpty { detail["after"] = .string(cursor) }
        return AuditEvent(actor: caller.token.officer, role: AuditRole(caller.token.role), device: caller.device.rawValue,
                          action: .pull, recordIDs: ids, detail: detail)
    }
}
