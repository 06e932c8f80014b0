import Foundation
import Testing
import TestSupport

/// A store locked by another process: pushes wait out the busy timeout, then get 503 with
/// Retry-After, health still answers, and the sync succeeds once the lock is released.
@Suite struct StoreLockTests {
    @Test func push_WhileAnotherProcessHoldsTheWriteLock_Is503ThenSyncSucceedsAfterRelease() throws {
        let server = try ServerProcess()
        let laptop = try OfficerLaptop(folder: server.folder, officer: "Bram", server: server.url, token: try server.enroll("Bram"))
        try laptop.log(2)
        #expect(try laptop.run(["sync"]).status == 0)
        let curlToken = try server.enroll("Curl")
        let first = try CurlPush(server: server.url, token: curlToken, device: "curl-device-1", noteID: "c0ffee00-0000-4000-8000-000000000001")
        #expect(first.wait().status == 200)
        try laptop.log(3)
        let count = { try ProcessRunner.sqlite(server.store, "SELECT count(*) FROM records").trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(try count() == "3")

        let lock = try SQLiteShellLock(store: server.store)
        let pending = try CurlPush(server: server.url, token: curlToken, device: "curl-device-1", noteID: "c0ffee00-0000-4000-8000-000000000002")
        let healthStart = Date()
        let health = try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}", "--max-time", "3", server.url + "/v1/health"]).line
        let healthSeconds = Date().timeIntervalSince(healthStart)
        let refused = pending.wait()
        #expect(health == "200" && healthSeconds < 3, "health answers while a push waits for the lock")
        #expect(refused.status == 503 && refused.retryAfter == "5" && refused.body.contains("storage_unavailable"), "\(refused)")
        #expect(refused.seconds >= 4 && refused.seconds < 20, "the busy timeout (5 s) bounds the wait: \(refused.seconds) s")
        let sync = try laptop.run(["sync"])
        #expect(sync.status == 75 && sync.stderr.contains("503 storage_unavailable") && sync.stderr.contains("3 unsynced notes are safe"))
        #expect(try count() == "3", "nothing of the refused batches is visible")
        let pull = try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}", "--max-time", "15", server.url + "/v1/pull",
                                           "-H", "Authorization: Bearer \(curlToken)", "-H", "FieldKit-Device: curl-device-1"]).line
        #expect(pull == "200", "reads go on while another process holds the write lock")

        lock.release()
        let retried = try laptop.run(["sync"])
        #expect(retried.status == 0 && retried.stdout.contains("pushed 3 notes"), "\(retried.stderr)")
        let again = try CurlPush(server: server.url, token: curlToken, device: "curl-device-1", noteID: "c0ffee00-0000-4000-8000-000000000002")
        #expect(again.wait().status == 200)
        #expect(try count() == "7" && ProcessRunner.sqlite(server.store, "PRAGMA integrity_check").contains("ok"))
        print("io faults: locked store: push answered 503 storage_unavailable after \(String(format: "%.1f", refused.seconds)) s "
              + "(busy timeout 5 s), Retry-After \(refused.retryAfter ?? "-"), health 200 in \(String(format: "%.2f", healthSeconds)) s meanwhile, "
              + "fieldkit sync exit 75; records 3 before and after (0 partial); after release sync and push succeeded, 7 records, integrity ok")
    }
}
