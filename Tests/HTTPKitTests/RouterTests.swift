import Testing
import HTTPKit

/// The router in-process: matching, parameters, HEAD, and error conversion.
struct RouterTests {
    struct PrivateFailure: Error, CustomStringConvertible {
        var description: String { "resident Jane Doe, 12 Elm St" }
    }

    static let router = Router()
        .adding("GET", "/v1/notes", { _ in .text(.ok, "list") })
        .adding("POST", "/v1/notes", { request in .text(.created, "made \(request.body.count)") })
        .adding("GET", "/v1/notes/:id", { request in .text(.ok, "note \(request.pathParameters["id"] ?? "?")") })
        .adding("GET", "/v1/notes/search", { _ in .text(.ok, "search") })
        .adding("DELETE", "/v1/notes/:id/tags/:tag", { request in
            .text(.ok, "\(request.pathParameters["id"] ?? "") \(request.pathParameters["tag"] ?? "")")
        })
        .adding("GET", "/v1/conflict", { _ in
            throw HTTPError(.conflict, code: "version_conflict", message: "Newer version exists.")
        })
        .adding("GET", "/v1/crash", { _ in throw PrivateFailure() })

    @Test func router_UnknownPath_Is404() {
        let response = Self.router.handle(.make("GET", "/v2/nothing"))
        #expect(response.status == .notFound)
        #expect(response.bodyText.contains("\"code\":\"not_found\""))
    }

    @Test func router_WrongMethod_Is405WithAllow() {
        let response = Self.router.handle(.make("PUT", "/v1/notes"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, POST")
        #expect(response.bodyText.contains("\"code\":\"method_not_allowed\""))
    }

    @Test func router_Parameter_IsDecodedAndExposed() {
        #expect(Self.router.handle(.make("GET", "/v1/notes/a%2Fb%20c")).bodyText == "note a/b c")
        #expect(Self.router.handle(.make("DELETE", "/v1/notes/7/tags/urgent")).bodyText == "7 urgent")
    }

    @Test func router_LiteralSegment_BeatsParameter() {
        #expect(Self.router.handle(.make("GET", "/v1/notes/search")).bodyText == "search")
    }

    @Test func router_EmptyOrExtraSegments_DoNotMatch() {
        #expect(Self.router.handle(.make("GET", "/v1/notes/")).status == .notFound)
        #expect(Self.router.handle(.make("GET", "/v1/notes/1/extra")).status == .notFound)
    }

    @Test func router_QueryString_DoesNotAffectMatching() {
        #expect(Self.router.handle(.make("GET", "/v1/notes?since=3")).bodyText == "list")
    }

    @Test func router_HeadOnGetRoute_AnswersWithoutBody() {
        let response = Self.router.handle(.make("HEAD", "/v1/notes/42"))
        #expect(response.status == .ok)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Length"] == "7")
    }

    @Test func router_ThrownHTTPError_BecomesItsResponse() {
        let response = Self.router.handle(.make("GET", "/v1/conflict"))
        #expect(response.status == .conflict)
        #expect(response.bodyText == #"{"error":{"code":"version_conflict","message":"Newer version exists."}}"#)
    }

    @Test func router_OtherError_Is500WithoutItsText() {
        let response = Self.router.handle(.make("GET", "/v1/crash"))
        #expect(response.status == .internalServerError)
        #expect(response.bodyText.contains("\"code\":\"internal_error\""))
        #expect(!response.bodyText.contains("Jane"))
        #expect(!response.bodyText.contains("PrivateFailure"))
    }

    @Test func router_Empty_Is404() {
        #expect(Router().handle(.make()).status == .notFound)
    }
}
