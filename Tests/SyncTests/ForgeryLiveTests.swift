import Foundation
import Testing
import TestSupport

/// Issue 5, part 6, over real sockets: every forgery and access attempt is refused, a replayed old
/// push changes nothing, and the server's log names each refusal with its reason, device and time
/// but holds no token and no note text.
@Suite(.serialized) struct ForgeryLiveTests {
    /// One curl call; returns the status code and the body.
    static func call(_ arguments: [String]) throws -> (status: Int, body: String) {
        let result = try ProcessRunner.curl(["-sS", "-w", "\n%{http_code}"] + arguments)
        var lines = result.stdout.components(separatedBy: "\n")
        let status = Int(lines.removeLast()) ?? 0
        return (status, lines.joined(separator: "\n"))
    }

    static func syncHeaders(_ token: String, device: String) -> [String] {
        ["-H", "Authorization: Bearer \(token)", "-H", "FieldKit-Device: \(device)", "-H", "Content-Type: application/json"]
    }

    static func push(_ server: ServerProcess, _ token: String, device: String, body: String) throws -> (status: Int, body: String) {
        try call(["-X", "POST", server.url + "/v1/push", "--data-binary", body] + syncHeaders(token, device: device))
    }

    static func pull(_ server: ServerProcess, _ token: String, device: String) throws -> (status: Int, body: String) {
        try call([server.url + "/v1/pull"] + syncHeaders(token, device: device))
    }

    /// The records of a pull answer, by id, as JSON text (re-serialised with sorted keys to compare).
    static func records(_ pullBody: String) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: Data(pullBody.utf8)) as? [String: Any]
        var byID: [String: String] = [:]
        for record in object?["records"] as? [[String: Any]] ?? [] {
            let text = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            byID[record["id"] as? String ?? ""] = String(decoding: text, as: UTF8.self)
        }
        return byID
    }

    static func cursor(_ pullBody: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(pullBody.utf8)) as? [String: Any])?["cursor"] as? String
    }

    /// An officer signs in to the review pages the way a browser does: the form, its CSRF token, the post.
    static func signIn(_ server: ServerProcess, token: String) throws -> Int {
        let jar = server.folder + "/cookies-\(UUID().uuidString)"
        let form = try call(["-c", jar, server.url + "/review/signin"]).body
        guard let range = form.range(of: #"name="csrf" value="([^"]*)""#, options: .regularExpression) else { return 0 }
        let csrf = String(form[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
        return try call(["-b", jar, "-c", jar, "-X", "POST", server.url + "/review/signin", "-H", "Origin: \(server.url)",
                         "--data-urlencode", "token=\(token)", "--data-urlencode", "csrf=\(csrf)"]).status
    }

    @Test func forgeriesAreRefused_ReplayChangesNothing_AndTheLogSaysWhy() throws {
        let server = try ServerProcess()
        let anna = SyncLiveTests.Laptop(folder: server.folder, name: "anna")
        let annaToken = try server.enroll("Anna")
        let bramToken = try server.enroll("Bram")
        let secret = "Mevrouw Jansen, Kerkstraat 12"
        #expect(try anna.run(["init", "--officer", "Anna", "--server", server.url, "--token", annaToken]).status == 0)
        let id = try anna.run(["log", "--topic", "parking", "--summary", secret, "--neighbourhood", "Lombok"]).line
        #expect(try anna.run(["sync"]).status == 0)
        let annaDevice = try #require((try anna.json(["status"]) as? [String: Any])?["device_id"] as? String)
        let oldState = try #require(try Self.records(try Self.pull(server, annaToken, device: annaDevice).body)[id])

        // Tokens: forged, tampered, revoked, and Anna's used from another laptop.
        let forged = "fk_" + String(repeating: "a", count: 12) + "_" + String(repeating: "B", count: 43)
        #expect(try Self.pull(server, forged, device: "laptop-x").status == 401)
        let tampered = String(annaToken.dropLast()) + (annaToken.hasSuffix("A") ? "B" : "A")
        #expect(try Self.pull(server, tampered, device: annaDevice).status == 401)
        let danaToken = try server.enroll("Dana")
        #expect(try ProcessRunner.server(["revoke", "--officer", "Dana", "--store", server.store]).status == 0)
        #expect(try Self.pull(server, danaToken, device: "dana-laptop").body.contains("revoked_token"))
        #expect(try Self.pull(server, annaToken, device: "stolen-laptop").status == 403)

        // Bodies: a push naming another device, and one advancing Bram's counter on Anna's record.
        #expect(try Self.pull(server, bramToken, device: "bram-laptop").status == 200)
        let naming = #"{"protocol":1,"device":"bram-laptop","records":[]}"#
        #expect(try Self.push(server, annaToken, device: annaDevice, body: naming).status == 403)
        let advancing = oldState.replacingOccurrences(of: #""version":{"#, with: #""version":{"bram-laptop":7,"#)
        let counter = try Self.push(server, annaToken, device: annaDevice,
                                    body: #"{"protocol":1,"device":"\#(annaDevice)","records":[\#(advancing)]}"#)
        #expect(counter.status == 422 && counter.body.contains("forged_counter"))

        // An officer's token on the coordinators' pages.
        #expect(try Self.signIn(server, token: annaToken) == 403)

        // A replay of the old state after a newer edit: accepted as already known, nothing changes.
        #expect(try anna.run(["edit", String(id.prefix(8)), "--topic", "traffic"]).status == 0)
        #expect(try anna.run(["sync"]).status == 0)
        let before = try Self.pull(server, annaToken, device: annaDevice).body
        let replay = try Self.push(server, annaToken, device: annaDevice,
                                   body: #"{"protocol":1,"device":"\#(annaDevice)","records":[\#(oldState)]}"#)
        #expect(replay.status == 200)
        let after = try Self.pull(server, annaToken, device: annaDevice).body
        #expect(try Self.records(after) == Self.records(before), "the replay changed no record")
        #expect(Self.cursor(after) == Self.cursor(before), "nor moved the change feed")
        #expect((try anna.json(["show", id]) as? [String: Any])?["topic"] as? String == "traffic")
        #expect(try Self.call([server.url + "/v1/health"]).status == 200)

        let log = server.stop().log
        let refusals = log.components(separatedBy: "\n").filter { $0.contains(" refused ") }
        let stamp = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z refused "#
        for line in refusals {
            #expect(line.range(of: stamp, options: .regularExpression) != nil, "each refusal carries its time: \(line)")
        }
        let expected = [
            ("invalid_token", "laptop-x"), ("invalid_token", annaDevice), ("revoked_token", "dana-laptop"),
            ("device_mismatch", "stolen-laptop"), ("push_device_mismatch", annaDevice), ("forged_counter", annaDevice),
            ("review_officer_token", "-"),
        ]
        for (reason, device) in expected {
            #expect(refusals.contains { $0.contains("reason=\(reason)") && $0.contains("device=\(device)") },
                    "the log names \(reason) for \(device)")
        }
        for token in [annaToken, bramToken, danaToken, forged, tampered] {
            #expect(!log.contains(String(token.suffix(43))), "no token secret in the log")
        }
        #expect(!log.contains(secret) && !log.contains("Kerkstraat"), "no note text in the log")
        print("forgery: \(expected.count) forgeries and misuses refused, 1 replay changed nothing, \(refusals.count) refusals logged with reason, device and time")
    }
}
