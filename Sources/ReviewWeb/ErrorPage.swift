import FieldStore
import HTTPKit

/// Failures as pages a coordinator can read: what happened and a way back, never internal detail.
enum ErrorPage {
    static func response(_ status: HTTPStatus, language: Language, viewer: ReviewContext?, message: String? = nil) -> HTTPResponse {
        let labels = language.labels
        let (title, text) = wording(status, labels)
        let content: HTML = """
        <p class="notice error">\(message ?? text)</p>
        <p><a href="\(ReviewPath.notes)">\(labels.backToNotes)</a></p>
        """
        return HTMLPage(title: title, language: language, viewer: viewer, content: content).response(status)
    }

    /// The page for an error a handler threw: its HTTP status if it has one, 404 for an unknown
    /// note, 409 for a note that changed meanwhile, else 500.
    static func response(for error: Error, language: Language, viewer: ReviewContext?) -> HTTPResponse {
        response(status(of: error), language: language, viewer: viewer)
    }

    static func status(of error: Error) -> HTTPStatus {
        switch error {
        case let error as HTTPError: return error.status
        case StoreError.unknownID, StoreError.ambiguousID: return .notFound
        case StoreError.noteDeleted, StoreError.fieldNotInConflict: return .conflict
        default: return .internalServerError
        }
    }

    private static func wording(_ status: HTTPStatus, _ labels: Labels) -> (String, String) {
        switch status {
        case .forbidden: return (labels.forbiddenTitle, labels.formRejected)
        case .notFound: return (labels.notFoundTitle, labels.noteNotFound)
        case .conflict: return (labels.conflictTitle, labels.noteChanged)
        default: return (labels.errorTitle, labels.errorMessage)
        }
    }
}
