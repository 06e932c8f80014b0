import FieldCore
import FieldStore
import HTTPKit

/// The follow-up board and its per-note form, which writes through the store as the coordinator.
struct FollowUpHandlers: Sendable {
    let services: ReviewServices

    func board(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let board = try services.store { store in
            func status(_ status: FollowUpStatus) throws -> (notes: [Note], total: Int) {
                var filter = ReviewFilter()
                filter.followUpStatus = status
                return (try store.reviewNotes(filter, limit: FollowUpBoard.columnLimit).map(Note.init(record:)),
                        try store.countNotes(filter))
            }
            let (open, done) = (try status(.open), try status(.done))
            let officers = try store.tokens().filter { $0.role == .officer && !$0.isRevoked }.map(\.officer)
            return FollowUpBoard(open: open.notes, openTotal: open.total, done: done.notes, doneTotal: done.total,
                                 officers: Array(Set(officers)), now: services.clock())
        }
        return FollowUpBoardPage(context: context, board: board).page.response()
    }

    /// Sets owner and due date; `action=done` or `reopen` also sets the status. Back to the board (303).
    func update(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let items = request.formItems
        func posted(_ name: String) -> String { items.first { $0.name == name }?.value ?? "" }
        guard let due = NoteField.followUpDue.parse(posted("due")), let owner = NoteField.followUpOwner.parse(posted("owner")) else {
            let labels = context.labels
            return ErrorPage.response(.unprocessableContent, language: context.language, viewer: context,
                                      message: labels.valueNotValid(labels.due))
        }
        var changes: [NoteField: FieldValue] = [.followUpOwner: owner, .followUpDue: due]
        switch posted("action") {
        case "done": changes[.followUpStatus] = .text(FollowUpStatus.done.rawValue)
        case "reopen": changes[.followUpStatus] = .text(FollowUpStatus.open.rawValue)
        default: break
        }
        let author = context.author
        let action: AuditAction = changes[.followUpStatus] == .text(FollowUpStatus.done.rawValue) ? .done : .assign
        let written = try services.store { store in
            try store.audited(at: services.clock()) {
                let record = try store.note(named: request.pathParameters["id"] ?? "")
                return (id: record.id, changed: try store.write(id: record.id, changes: changes, by: author).changed)
            } entry: { written in
                context.auditEvent(action, note: written.id, detail: [
                    "fields": .array(changes.keys.map(\.rawValue).sorted().map(JSONValue.string)), "changed": .bool(written.changed),
                ])
            }
        }
        let id = written.id
        services.log.info("review follow-up note=\(id) fields=\(changes.keys.map(\.rawValue).sorted().joined(separator: ",")) by=\(author.device)")
        return Redirect.seeOther(ReviewPath.followUps + "#n-" + id)
    }
}
