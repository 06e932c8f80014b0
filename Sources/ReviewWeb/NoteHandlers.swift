import FieldCore
import FieldStore
import HTTPKit

/// The note list and a note's own page.
struct NoteHandlers: Sendable {
    let services: ReviewServices

    func list(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let query = NoteListQuery(request)
        let (filter, unreadDates) = query.filter()
        let found = try services.store { store in
            (notes: try store.reviewNotes(filter, limit: NoteListQuery.pageSize, offset: query.offset),
             total: try store.countNotes(filter), names: try store.noteNames(),
             officers: try store.tokens().filter { $0.role == .officer && !$0.isRevoked }.map(\.officer))
        }
        let form = NoteFilterForm(
            query: query, labels: context.labels, neighbourhoods: found.names.neighbourhoods.sorted(),
            topics: found.names.topics.sorted(), officers: Array(Set(found.officers)).sorted())
        return NoteListPage(context: context, query: query, form: form, notes: found.notes.map(Note.init(record:)),
                            total: found.total, unreadDates: unreadDates, now: services.clock()).page.response()
    }

    /// One note in full. The view is recorded in the audit trail before the page is made: a note
    /// that cannot be recorded as seen is not shown (503, like any storage failure).
    func show(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let (record, history, flags) = try services.store { store in
            let record = try store.note(named: request.pathParameters["id"] ?? "")
            let history = try store.history(id: record.id)
            try store.appendAudit(context.auditEvent(.view, note: record.id, detail: ["page": .string("note")]), at: services.clock())
            return (record, history, try store.clockFlags(id: record.id))
        }
        return NotePage(context: context, record: record, history: history, clockFlags: flags).page.response()
    }
}
