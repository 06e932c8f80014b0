import HTTPKit

/// The sign-in form: one password-type field for the coordinator token.
enum SignInPage {
    static func response(_ status: HTTPStatus = .ok, language: Language, csrf: String, problem: String? = nil,
                         title: String? = nil) -> HTTPResponse {
        let labels = language.labels
        let notice: HTML = problem.map { "<p class=\"notice error\" role=\"alert\">\($0)</p>" } ?? .empty
        let content: HTML = """
        \(notice)
        <form class="panel" method="post" action="\(ReviewPath.signIn)">
        <p>\(labels.signInIntro)</p>
        <label for="token">\(labels.tokenLabel)</label>
        <input type="password" id="token" name="token" autocomplete="off" spellcheck="false" required>
        <input type="hidden" name="\(CSRFToken.fieldName)" value="\(csrf)">
        <p><button type="submit">\(labels.signInButton)</button></p>
        </form>
        """
        return HTMLPage(title: title ?? labels.signInTitle, language: language, viewer: nil, content: content).response(status)
    }
}
