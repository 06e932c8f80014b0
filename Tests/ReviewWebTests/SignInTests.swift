import FieldCore
import FieldStore
import HTTPKit
import Testing

/// Signing in and out, what the session cookie looks like, and who is refused.
@Suite struct SignInTests {
    @Test func signIn_WithCoordinatorToken_StartsASessionWithAStrictCookie() throws {
        let world = try ReviewWorld()
        let token = try world.enroll("Carla Smit", role: .coordinator)
        let browser = ReviewBrowser(world)
        let response = browser.signIn(token)
        #expect(response.status == .seeOther && response.headers["Location"] == "/review/notes")
        let cookie = try #require(response.headers.values("Set-Cookie").first { $0.hasPrefix("fieldkit_review=") })
        for attribute in ["HttpOnly", "SameSite=Strict", "Path=/review", "Max-Age=28800"] {
            #expect(cookie.contains("; \(attribute)"), "\(attribute) in \(cookie)")
        }
        #expect(!cookie.contains("Secure"), "plain http: a Secure cookie would never come back")
        #expect(!cookie.contains(token) && !cookie.contains(String(token.split(separator: "_", maxSplits: 2)[2])), "the token is not in the cookie")
        let notes = browser.get("/review/notes")
        #expect(notes.status == .ok && notes.bodyText.contains("Signed in as Carla Smit"))
        #expect(!world.log.joined().contains(token), "the log never holds the token")
        #expect(!world.log.joined().contains(browser.cookies["fieldkit_review"] ?? "-"), "nor the session cookie")
    }

    @Test func signIn_ThroughHTTPSProxy_MarksCookiesSecure() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.forwardedHTTPS = true
        let response = browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        #expect(response.headers.values("Set-Cookie").allSatisfy { $0.hasSuffix("; Secure") })
    }

    @Test func signIn_WithOfficerToken_IsRefusedWith403AndSaysWhy() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        let response = browser.signIn(try world.enroll("Lotte Verhoeven", role: .officer))
        #expect(response.status == .forbidden)
        #expect(response.bodyText.contains("Coordinators only") && response.bodyText.contains("officer&#39;s token"))
        #expect(browser.cookies["fieldkit_review"] == nil)
        #expect(browser.get("/review/notes").status == .seeOther)
        #expect(world.log.contains { $0.contains("reason=review_officer_token") })
    }

    @Test func signIn_WithUnknownOrRevokedToken_Is401() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        let response = browser.signIn("fk_000000000000_" + String(repeating: "A", count: 43))
        #expect(response.status == .unauthorized && response.bodyText.contains("This token is not valid"))
        #expect(browser.signIn("nonsense").status == .unauthorized)
        let token = try world.enroll("Carla Smit", role: .coordinator)
        _ = try world.gate.withStore { try $0.revoke(.officer("Carla Smit")) }
        let revoked = browser.signIn(token)
        #expect(revoked.status == .unauthorized && revoked.bodyText.contains("revoked"))
        #expect(browser.cookies["fieldkit_review"] == nil)
    }

    @Test func signIn_WithoutTheFormsCSRFToken_Is403() throws {
        let world = try ReviewWorld()
        let token = try world.enroll("Carla Smit", role: .coordinator)
        let browser = ReviewBrowser(world)
        _ = browser.get("/review/signin")
        #expect(browser.post("/review/signin", [("token", token)]).status == .forbidden)
        #expect(browser.post("/review/signin", [("token", token), ("csrf", "forged")]).status == .forbidden)
        let stranger = ReviewBrowser(world)
        let csrf = ReviewBrowser.csrf(in: browser.get("/review/signin")) ?? ""
        #expect(stranger.post("/review/signin", [("token", token), ("csrf", csrf)]).status == .forbidden,
                "a token from another browser's form, without its cookie")
        #expect(browser.cookies["fieldkit_review"] == nil)
    }

    @Test func pages_WithoutSession_RedirectToSignIn() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        for path in ["/review/notes", "/review/report", "/review/followups", "/review/notes/abc", "/review"] {
            let response = browser.get(path)
            #expect(response.status == .seeOther, "\(path)")
        }
        #expect(browser.get("/review/notes").headers["Location"] == "/review/signin")
        #expect(browser.get("/").headers["Location"] == "/review/signin")
        #expect(browser.post("/review/followups/abc", [("owner", "x")]).status == .seeOther)
        #expect(browser.get("/review/signin").bodyText.contains("name=\"token\""))
    }

    @Test func session_OfRevokedCoordinator_IsRefusedAtOnce() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        #expect(browser.get("/review/notes").status == .ok)
        _ = try world.gate.withStore { try $0.revoke(.officer("Carla Smit")) }
        let after = browser.get("/review/notes")
        #expect(after.status == .seeOther && after.headers["Location"] == "/review/signin")
        #expect(after.headers.values("Set-Cookie").contains { $0.hasPrefix("fieldkit_review=;") }, "the dead cookie is cleared")
    }

    @Test func session_AfterEightHours_HasExpired() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        world.advanceClock(seconds: 8 * 3600 - 1)
        #expect(browser.get("/review/notes").status == .ok)
        world.advanceClock(seconds: 1)
        #expect(browser.get("/review/notes").status == .seeOther)
    }

    @Test func signOut_ClearsTheSession() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        let cookie = try #require(browser.cookies["fieldkit_review"])
        #expect(browser.post("/review/signout", [("csrf", "wrong")]).status == .forbidden)
        let out = browser.post("/review/signout", [("csrf", browser.csrf)])
        #expect(out.status == .seeOther && out.headers["Location"] == "/review/signin")
        #expect(browser.cookies["fieldkit_review"] == nil)
        #expect(browser.get("/review/notes").status == .seeOther)
        #expect(browser.get("/review/signin").status == .ok)
        browser.cookies["fieldkit_review"] = cookie
        #expect(browser.get("/review/notes").status == .ok, "a copied cookie lives until it expires or the token is revoked")
    }

    @Test func signInForm_WhenSignedIn_GoesToTheNotes() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        #expect(browser.get("/review/signin").headers["Location"] == "/review/notes")
    }

    @Test func pages_SpeakDutchWhenAskedFor() throws {
        let world = try ReviewWorld()
        let browser = ReviewBrowser(world)
        browser.language = "nl-BE,nl;q=0.9,en;q=0.5"
        let form = browser.get("/review/signin")
        #expect(form.bodyText.contains("<html lang=\"nl\">") && form.bodyText.contains("Coördinatortoken"))
        browser.signIn(try world.enroll("Carla Smit", role: .coordinator))
        let notes = browser.get("/review/notes").bodyText
        #expect(notes.contains("Aangemeld als Carla Smit") && notes.contains("Notities 1–50 van 63") && notes.contains("bezorgd"))
        browser.language = "en-GB,nl;q=0.4"
        #expect(browser.get("/review/notes").bodyText.contains("Notes 1–50 of 63"))
    }
}
