import Locking
import Testing

/// Issue 5: a catalogue of malformed requests sent as raw bytes to one live sync server.
///
/// Each is answered with the right 4xx (and code of SyncProtocol.md §9), and after every one a
/// health check on a fresh connection still answers 200: no input crashes or wedges the server.
@Suite(.serialized) struct HostileInputTests {
    @Test(arguments: HostileCatalogue.all)
    func hostileRequest_IsAnsweredWith4xx_AndHealthStillAnswers(_ hostile: HostileCase) throws {
        let server = try HostileServer.shared.get()
        let responses = try server.exchange(hostile)
        let statuses = responses.map(\.status)
        #expect(statuses == hostile.answers.map(\.status), "\(responses.map(\.text))")
        for (response, answer) in zip(responses, hostile.answers) where answer.code != nil {
            #expect(response.errorCode == answer.code, "\(response.text)")
            #expect(response.closesConnection == answer.closesConnection, "Connection: close after an unreadable request only")
        }
        let health = server.healthStatus()
        #expect(health == 200, "the server stopped answering after this case")
        HostileTally.shared.record(hostile, answered: statuses == hostile.answers.map(\.status), healthy: health == 200)
    }

    @Test func catalogue_HasAtLeastFiftyMalformedCases_InEveryCategory() {
        #expect(HostileCatalogue.all.filter(\.isRefusedWith4xx).count >= 50)
        #expect(Set(HostileCatalogue.all.map(\.name)).count == HostileCatalogue.all.count, "case names must be unique")
        #expect(Set(HostileCatalogue.all.map(\.category)) == Set(HostileCatalogue.categories))
    }
}

/// Counts the catalogue's outcomes and prints one summary line, for CI output, when the last case is done.
final class HostileTally: Sendable {
    static let shared = HostileTally()

    private struct Counts {
        var done = 0, malformed = 0, answered4xx = 0, answered5xx = 0, healthy = 0
    }

    private let counts = Locked(Counts())

    func record(_ hostile: HostileCase, answered: Bool, healthy: Bool) {
        let summary: String? = counts.withLock { counts in
            counts.done += 1
            if hostile.isMalformed {
                counts.malformed += 1
                if answered && hostile.isRefusedWith4xx { counts.answered4xx += 1 }
                if answered && !hostile.isRefusedWith4xx { counts.answered5xx += 1 }
            }
            if healthy { counts.healthy += 1 }
            guard counts.done == HostileCatalogue.all.count else { return nil }
            let health = counts.healthy == counts.done ? "health OK after each" : "health OK after \(counts.healthy) of \(counts.done)"
            return "hostile input: \(counts.malformed) malformed cases, \(counts.answered4xx) answered 4xx"
                + " and \(counts.answered5xx) the documented 501/505, \(health)"
                + " (\(counts.done) cases in all, \(HostileCatalogue.categories.count) categories)"
        }
        if let summary { print(summary) }
    }
}
