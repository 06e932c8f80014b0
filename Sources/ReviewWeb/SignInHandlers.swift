import Foundation
import FieldStore
import HashKit
import HTTPKit
import SyncService

/// Signing in with a coordinator token, and out again.
///
/// Before there is a session the sign-in form's CSRF token is bound to a random nonce in its own
/// short-lived cookie, so even the sign-in POST cannot be forged from another site.
struct SignInHandlers: Sendable {
    let services: ReviewServices
    let guarding: ReviewGuard

    /// How long a sign-in form stays usable.
    static let formLifetimeSeconds: Int64 = 60 * 60

    func form(_ request: HTTPRequest) throws -> HTTPResponse {
        if try guarding.session(of: request) != nil { return Redirect.seeOther(ReviewPath.notes) }
        let nonce = Cookie.value(Cookie.signIn, in: request).flatMap { Base64URL.decode($0)?.count == 16 ? $0 : nil }
            ?? Base64URL.encode(SecureRandom.bytes(16))
        var response = SignInPage.response(language: request.language, csrf: csrf(nonce))
        response.headers.add("Set-Cookie", Cookie.setting(Cookie.signIn, nonce, maxAge: Self.formLifetimeSeconds,
                                                          secure: request.cameThroughHTTPS))
        return response
    }

    func signIn(_ request: HTTPRequest) throws -> HTTPResponse {
        let language = request.language, labels = language.labels
        guard let nonce = Cookie.value(Cookie.signIn, in: request), guarding.passesCSRFChecks(request, boundTo: binding(nonce)) else {
            return ErrorPage.response(.forbidden, language: language, viewer: nil)
        }
        let text = request.formValue("token")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch try TokenCheck.check(text, gate: services.gate) {
        case .invalid:
            return refuse(request, "review_invalid_token", .unauthorized, labels.tokenInvalid, nonce: nonce)
        case .revoked:
            return refuse(request, "review_revoked_token", .unauthorized, labels.tokenRevoked, nonce: nonce)
        case .valid(let token) where token.role != .coordinator:
            return refuse(request, "review_officer_token", .forbidden, labels.officerTokenMessage, nonce: nonce,
                          title: labels.officerTokenTitle)
        case .valid(let token):
            return startSession(request, token)
        }
    }

    func signOut(_ request: HTTPRequest, _ context: ReviewContext) throws -> HTTPResponse {
        services.log.info("review sign-out officer=\(context.coordinator.officer) token=\(context.coordinator.selector)")
        return Redirect.seeOther(ReviewPath.signIn, setting: [Cookie.clearing(Cookie.session, secure: request.cameThroughHTTPS)])
    }

    private func startSession(_ request: HTTPRequest, _ token: EnrolledToken) -> HTTPResponse {
        let session = SessionCodec.issue(tokenID: token.id, now: services.clock())
        let secure = request.cameThroughHTTPS
        services.log.info("review sign-in officer=\(token.officer) token=\(token.selector)")
        return Redirect.seeOther(ReviewPath.notes, setting: [
            Cookie.setting(Cookie.session, SessionCodec.encode(session, secret: services.secret),
                           maxAge: ReviewSession.lifetimeSeconds, secure: secure),
            Cookie.clearing(Cookie.signIn, secure: secure),
        ])
    }

    private func refuse(_ request: HTTPRequest, _ reason: String, _ status: HTTPStatus, _ problem: String,
                        nonce: String, title: String? = nil) -> HTTPResponse {
        services.log.refusal(reason, device: nil, path: request.path)
        return SignInPage.response(status, language: request.language, csrf: csrf(nonce), problem: problem, title: title)
    }

    private func binding(_ nonce: String) -> String {
        "signin|" + nonce
    }

    private func csrf(_ nonce: String) -> String {
        CSRFToken.make(boundTo: binding(nonce), secret: services.secret)
    }
}
