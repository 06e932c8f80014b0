import FieldCore
import FieldStore
import HTTPKit

/// Settling a note's conflicts from the browser, as the coordinator's own actor.
struct ConflictHandlers: Sendable {
    let services: ReviewServices

    /// The conflicted values of one note, recorded in the audit trail as a view before they are shown.
    func form(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let record = try services.store { store in
            let record = try Self.load(request, store)
            try store.appendAudit(context.auditEvent(.view, note: record.id, detail: ["page": .string("conflicts")]), at: services.clock())
            return record
        }
        return ConflictPage(context: context, record: record).page.response()
    }

    /// Applies the choices in one transaction with their audit entry, so nobody's change slips in
    /// between reading the alternatives and settling them; then back to the note (303).
    func resolve(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let items = request.formItems
        let author = context.author
        let outcome = try services.store { store -> ConflictForm.Outcome in
            let (_, outcome) = try store.audited(at: services.clock()) {
                let record = try Self.load(request, store)
                let outcome = ConflictForm.read(items, against: record)
                if case .resolutions(let resolutions) = outcome {
                    for resolution in resolutions {
                        _ = try store.resolve(id: record.id, field: resolution.field, value: resolution.value, by: author)
                    }
                }
                return (record.id, outcome)
            } entry: { id, outcome in
                guard case .resolutions(let resolutions) = outcome else { return nil }
                return context.auditEvent(.resolve, note: id, detail: ["fields": .array(resolutions.map { .string($0.field.rawValue) })])
            }
            return outcome
        }
        return try respond(to: outcome, request, context)
    }

    private func respond(to outcome: ConflictForm.Outcome, _ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        let labels = context.labels
        switch outcome {
        case .resolutions(let resolutions):
            let id = try note(request).id
            services.log.info("review resolved note=\(id) fields=\(resolutions.map(\.field.rawValue).joined(separator: ",")) by=\(context.author.device)")
            return Redirect.seeOther(ReviewPath.note(id))
        case .stale:
            return ErrorPage.response(.conflict, language: context.language, viewer: context)
        case .nothingChosen:
            return ConflictPage(context: context, record: try note(request), problem: labels.pickAValue).page.response(.unprocessableContent)
        case .consentNeedsContact:
            return ConflictPage(context: context, record: try note(request), problem: labels.consentNeedsContact).page.response(.unprocessableContent)
        case .invalidValue(let field):
            let problem = labels.valueNotValid(labels.name(of: field))
            return ConflictPage(context: context, record: try note(request), problem: problem).page.response(.unprocessableContent)
        }
    }

    private func note(_ request: HTTPRequest) throws -> Record {
        try services.store { try Self.load(request, $0) }
    }

    private static func load(_ request: HTTPRequest, _ store: CentralStore) throws -> Record {
        try store.note(named: request.pathParameters["id"] ?? "")
    }
}
