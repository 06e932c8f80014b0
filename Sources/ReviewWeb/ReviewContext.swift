import FieldCore
import FieldStore

/// Who is looking at a review page, and what the page needs to answer them.
struct ReviewContext: Sendable {
    /// The coordinator's enrollment, re-read from the store for this request.
    let coordinator: EnrolledToken
    let language: Language
    /// The CSRF token for this session's forms.
    let csrf: String

    var labels: Labels { language.labels }

    /// The author of this coordinator's writes: the same actor as on the command line.
    var author: Author { CoordinatorActor.author(coordinator.officer) }

    /// The hidden field every form that POSTs carries.
    var csrfField: HTML {
        "<input type=\"hidden\" name=\"\(CSRFToken.fieldName)\" value=\"\(csrf)\">"
    }

    /// A page in this coordinator's frame.
    func page(_ title: String, _ section: HTMLPage.Section, _ content: HTML) -> HTMLPage {
        HTMLPage(title: title, language: language, viewer: self, section: section, content: content)
    }
}
