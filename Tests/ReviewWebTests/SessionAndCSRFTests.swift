import FieldCore
import HashKit
import HTTPKit
@testable import ReviewWeb
import Testing

/// Session cookies and CSRF tokens: round trips, expiry, tampering, and where posts may come from.
struct SessionAndCSRFTests {
    static let secret = ReviewSecret(key: Array(repeating: 7, count: 32))
    static let other = ReviewSecret(key: Array(repeating: 8, count: 32))
    static let now = Timestamp(milliseconds: 1_800_000_000_000)

    @Test func session_RoundTrips() throws {
        let session = SessionCodec.issue(tokenID: 42, now: Self.now)
        let value = SessionCodec.encode(session, secret: Self.secret)
        #expect(SessionCodec.decode(value, secret: Self.secret, now: Self.now) == session)
        #expect(session.expiresAt == Self.now.adding(milliseconds: 8 * 3_600_000))
    }

    @Test func session_TwoSignInsOfOneToken_DifferInCookieAndCSRF() {
        let first = SessionCodec.encode(SessionCodec.issue(tokenID: 1, now: Self.now), secret: Self.secret)
        let second = SessionCodec.encode(SessionCodec.issue(tokenID: 1, now: Self.now), secret: Self.secret)
        #expect(first != second)
        #expect(CSRFToken.make(boundTo: first, secret: Self.secret) != CSRFToken.make(boundTo: second, secret: Self.secret))
    }

    @Test func session_Expired_IsRefused() {
        let value = SessionCodec.encode(SessionCodec.issue(tokenID: 1, now: Self.now), secret: Self.secret)
        let almost = Self.now.adding(milliseconds: 8 * 3_600_000 - 1)
        #expect(SessionCodec.decode(value, secret: Self.secret, now: almost) != nil)
        #expect(SessionCodec.decode(value, secret: Self.secret, now: almost.adding(milliseconds: 1)) == nil)
    }

    @Test func session_Tampered_IsRefused() {
        let value = SessionCodec.encode(SessionCodec.issue(tokenID: 1, now: Self.now), secret: Self.secret)
        let parts = value.split(separator: ".").map(String.init)
        let otherRow = ([parts[0], "2"] + parts[2...]).joined(separator: ".")
        let longer = ([parts[0], parts[1], String(Int64(parts[2])! + 3_600_000)] + parts[3...]).joined(separator: ".")
        var flipped = Array(value.utf8)
        flipped[flipped.count - 5] ^= 0x01
        for forged in [otherRow, longer, String(decoding: flipped, as: UTF8.self), value + "x", String(value.dropLast())] {
            #expect(SessionCodec.decode(forged, secret: Self.secret, now: Self.now) == nil, "\(forged)")
        }
        #expect(SessionCodec.decode(value, secret: Self.other, now: Self.now) == nil, "another server's key")
    }

    @Test func session_Malformed_IsRefused() {
        for text in ["", ".", "v1.1.2.3", "v1...x.", "v2.1.9999999999999.n." + Base64URL.encode(Array(repeating: 0, count: 32))] {
            #expect(SessionCodec.decode(text, secret: Self.secret, now: Self.now) == nil)
        }
        let payload = "v2.1.\(Self.now.milliseconds + 1000).nonce"
        let otherVersion = payload + "." + Base64URL.encode(Self.secret.code("session", payload))
        #expect(SessionCodec.decode(otherVersion, secret: Self.secret, now: Self.now) == nil, "a signed but unknown version")
    }

    @Test func csrf_OnlyTheTokenOfThisBinding_IsValid() {
        let token = CSRFToken.make(boundTo: "session-a", secret: Self.secret)
        #expect(CSRFToken.isValid(token, boundTo: "session-a", secret: Self.secret))
        #expect(!CSRFToken.isValid(token, boundTo: "session-b", secret: Self.secret))
        #expect(!CSRFToken.isValid(token, boundTo: "session-a", secret: Self.other))
        #expect(!CSRFToken.isValid(nil, boundTo: "session-a", secret: Self.secret))
        #expect(!CSRFToken.isValid("", boundTo: "session-a", secret: Self.secret))
        #expect(!CSRFToken.isValid(String(token.dropLast()), boundTo: "session-a", secret: Self.secret))
        #expect(!CSRFToken.isValid("not base64!", boundTo: "session-a", secret: Self.secret))
    }

    @Test func csrf_SessionCodeIsNoCSRFToken() {
        let code = Base64URL.encode(Self.secret.code("session", "x"))
        #expect(!CSRFToken.isValid(code, boundTo: "x", secret: Self.secret), "codes are domain-separated by purpose")
    }

    struct Sender: Sendable, CustomTestStringConvertible {
        let headers: [String: String]
        let foreign: Bool
        var testDescription: String { "\(headers.sorted { $0.key < $1.key })" }
    }

    static let senders: [Sender] = [
        Sender(headers: ["Host": "review.test"], foreign: false),
        Sender(headers: ["Host": "review.test", "Origin": "http://review.test"], foreign: false),
        Sender(headers: ["Host": "review.test:8080", "Origin": "https://REVIEW.test:8080"], foreign: false),
        Sender(headers: ["Host": "review.test", "Origin": "null", "Sec-Fetch-Site": "same-origin"], foreign: false),
        Sender(headers: ["Host": "review.test", "Origin": "https://evil.example"], foreign: true),
        Sender(headers: ["Host": "review.test", "Origin": "http://review.test.evil.example"], foreign: true),
        Sender(headers: ["Host": "review.test", "Origin": "http://review.test:81"], foreign: true),
        Sender(headers: ["Host": "review.test", "Origin": "http://review.test/path"], foreign: true),
        Sender(headers: ["Host": "review.test", "Origin": "null", "Sec-Fetch-Site": "cross-site"], foreign: true),
        Sender(headers: ["Host": "review.test", "Sec-Fetch-Site": "same-site"], foreign: true),
        Sender(headers: ["Origin": "http://review.test"], foreign: true),
    ]

    @Test(arguments: senders)
    func origin_FromAnotherSite_IsRecognised(sender: Sender) {
        let request = HTTPRequest(method: "POST", target: "/review/x", headers: HTTPHeaders(sender.headers.map { ($0.key, $0.value) }))
        #expect(request.comesFromAnotherSite == sender.foreign)
    }
}
