import FieldCore
import FieldStore
import HTTPKit

/// A page handler for a signed-in coordinator.
typealias ReviewHandler = @Sendable (HTTPRequest, ReviewContext) throws -> HTTPResponse

/// Wraps every review handler: security headers, error pages, and for signed-in pages the
/// session check on every request and the CSRF check on every POST.
struct ReviewGuard: Sendable {
    let services: ReviewServices

    /// Only for a signed-in coordinator; anyone else is sent to the sign-in page.
    func signedIn(_ handler: @escaping ReviewHandler) -> HTTPHandler {
        { request in SecurityHeaders.applied(to: respond(request, handler)) }
    }

    /// Open to everyone (the sign-in pages), with the same headers and error pages.
    func open(_ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) -> HTTPHandler {
        { request in
            let response: HTTPResponse
            do {
                response = try handler(request)
            } catch {
                response = ErrorPage.response(for: error, language: request.language, viewer: nil)
            }
            return SecurityHeaders.applied(to: response)
        }
    }

    private func respond(_ request: HTTPRequest, _ handler: ReviewHandler) -> HTTPResponse {
        let language = request.language
        let signedIn: (cookie: String, token: EnrolledToken)?
        do {
            signedIn = try session(of: request)
        } catch {
            return ErrorPage.response(for: error, language: language, viewer: nil)
        }
        guard let signedIn else {
            let stale = Cookie.value(Cookie.session, in: request) != nil
            return Redirect.seeOther(ReviewPath.signIn, setting: stale ? [Cookie.clearing(Cookie.session, secure: request.cameThroughHTTPS)] : [])
        }
        let context = ReviewContext(coordinator: signedIn.token, language: language,
                                    csrf: CSRFToken.make(boundTo: signedIn.cookie, secret: services.secret))
        if request.method == "POST" && !passesCSRFChecks(request, boundTo: signedIn.cookie) {
            return ErrorPage.response(.forbidden, language: language, viewer: context)
        }
        do {
            return try handler(request, context)
        } catch {
            return ErrorPage.response(for: error, language: language, viewer: context)
        }
    }

    /// The signed-in coordinator: a validly signed, unexpired session cookie whose token row still
    /// exists, is not revoked and is a coordinator's. Checked on every request, so a revocation
    /// takes effect at once.
    func session(of request: HTTPRequest) throws -> (cookie: String, token: EnrolledToken)? {
        guard let cookie = Cookie.value(Cookie.session, in: request),
              let session = SessionCodec.decode(cookie, secret: services.secret, now: services.clock()),
              let token = try services.store({ try $0.token(id: session.tokenID) }),
              !token.isRevoked, token.role == .coordinator else { return nil }
        return (cookie, token)
    }

    /// A POST must come from our own page: nothing in its headers saying it came from another site,
    /// and the form's CSRF token for `binding`. Refusals are logged with the path only.
    func passesCSRFChecks(_ request: HTTPRequest, boundTo binding: String) -> Bool {
        guard !request.comesFromAnotherSite else {
            services.log.refusal("review_foreign_origin", device: nil, path: request.path)
            return false
        }
        guard CSRFToken.isValid(request.formValue(CSRFToken.fieldName), boundTo: binding, secret: services.secret) else {
            services.log.refusal("review_csrf_token", device: nil, path: request.path)
            return false
        }
        return true
    }
}
