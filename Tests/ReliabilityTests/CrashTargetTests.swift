@testable import CrashPoints
import Testing

/// How `FIELDKIT_CRASH_AT` is read: a point's name, optionally `@N` for its Nth passage.
struct CrashTargetTests {
    @Test func target_WithoutOccurrence_StopsAtFirstPassage() throws {
        let target = try #require(CrashTarget("client.push.after-answer"))
        #expect(target.name == .clientPushAfterAnswer && target.occurrence == 1)
        #expect(target.isHit(by: .clientPushAfterAnswer))
        #expect(!target.isHit(by: .clientPushAfterAnswer), "only the first passage stops")
    }

    @Test func target_WithOccurrence_StopsAtThatPassageOnly() throws {
        let target = try #require(CrashTarget("server.push.mid-merge@3"))
        let hits = (1...5).map { _ in target.isHit(by: .serverPushMidMerge) }
        #expect(hits == [false, false, true, false, false])
    }

    @Test func target_OtherPoints_AreNotCountedOrHit() throws {
        let target = try #require(CrashTarget("server.pull.after-read@2"))
        #expect(!target.isHit(by: .serverPushAfterCommit) && !target.isHit(by: .serverPushAfterCommit))
        #expect(!target.isHit(by: .serverPullAfterRead) && target.isHit(by: .serverPullAfterRead))
    }

    @Test(arguments: ["", "nowhere", "server.push.mid-merge@0", "server.push.mid-merge@x", "server.push.mid-merge@", "a@1@2"])
    func target_Malformed_IsIgnored(_ text: String) {
        #expect(CrashTarget(text) == nil)
    }

    @Test func pointNames_AreUniqueAndSayWhichProcess() {
        let names = CrashPointName.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(CrashPointName.allCases.allSatisfy { $0.isOnServer == $0.rawValue.hasPrefix("server.") && ($0.isOnServer || $0.rawValue.hasPrefix("client.")) })
    }
}
