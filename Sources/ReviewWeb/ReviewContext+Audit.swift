import FieldCore
import FieldStore

/// The audit entries of the review pages: this coordinator, on the web, through their enrollment.
extension ReviewContext {
    /// An entry of this coordinator about note `id`. The device is `web:<token selector>`: the
    /// enrollment they signed in with, as `fieldkit-server devices` lists it.
    func auditEvent(_ action: AuditAction, note id: String, detail: [String: JSONValue] = [:]) -> AuditEvent {
        AuditEvent(actor: coordinator.officer, role: .coordinator, device: "web:" + coordinator.selector,
                   action: action, recordIDs: [id], detail: detail)
    }
}
