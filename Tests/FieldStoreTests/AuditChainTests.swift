@testable import FieldStore
import FieldCore
import Foundation
import Testing
import TestSupport

/// The audit chain as FieldKit writes it: intact, exactly as documented, unforked under concurrency,
/// kept by backups, and written together with the change it records.
@Suite struct AuditChainTests {
    @Test func verify_AfterAppends_IsIntactWithCountAndLastEntry() throws {
        let fixture = try AuditFixture(entries: 7)
        guard case .intact(let count, let last) = try fixture.verify() else { Issue.record("the chain should hold"); return }
        #expect(count == 7 && last?.seq == 7 && last?.at == AuditFixture.time(6))
        #expect(last?.event == AuditFixture.event(6))
        let empty = try AuditFixture(entries: 0)
        #expect(try empty.verify() == .intact(count: 0, last: nil))
    }

    /// Python's hashlib, following only AuditChain's documentation, gets every stored hash: the
    /// format is what it says (byte lengths of UTF-8, NULL, types), so another tool can check a chain.
    @Test func hashes_MatchTheDocumentedBytes_AsPythonComputesThem() throws {
        let fixture = try AuditFixture(entries: 5)
        let program = """
            import hashlib, sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            def ns(b): return str(len(b)).encode() + b':' + b + b','
            def col(v):
                if v is None: return b'n'
                if isinstance(v, int): return b'i' + ns(str(v).encode())
                return b't' + ns(v.encode('utf-8'))
            origin = db.execute("SELECT value FROM meta WHERE key = 'audit_origin'").fetchone()[0]
            prev = hashlib.sha256(ns(b'fieldkit-audit-genesis') + ns(origin.encode())).hexdigest()
            for row in db.execute('SELECT seq, at, actor, role, device, action, record_ids, detail, prev_hash, hash FROM audit ORDER BY seq'):
                digest = hashlib.sha256(ns(b'fieldkit-audit-1') + b''.join(col(v) for v in row[:9])).hexdigest()
                print(row[0], 'ok' if digest == row[9] and row[8] == prev else 'differs')
                prev = row[9]
            """
        let result = try ProcessRunner.python(program, [fixture.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "1 ok\n2 ok\n3 ok\n4 ok\n5 ok\n")
    }

    @Test func hash_OfDifferentlySplitColumns_Differs() {
        #expect(AuditChain.hash([.text("ab"), .text("c")]) != AuditChain.hash([.text("a"), .text("bc")]))
        #expect(AuditChain.hash([.text("1")]) != AuditChain.hash([.integer(1)]))
        #expect(AuditChain.hash([.null]) != AuditChain.hash([.text("")]))
        #expect(AuditChain.genesis(origin: "a1") != AuditChain.genesis(origin: "a2"))
    }

    @Test func append_FromTwoConnectionsAtOnce_NeverForksTheChain() throws {
        let fixture = try AuditFixture(entries: 0)
        let (failures, path) = (Failures(), fixture.path)
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let store = try CentralStore.open(at: path)
                defer { try? store.close() }
                for index in 0..<40 { try store.appendAudit(AuditFixture.event(writer * 2 + index % 2)) }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        guard case .intact(let count, _) = try fixture.verify() else { Issue.record("the chain forked"); return }
        #expect(count == 80)
    }

    /// A backup copy gets a new store id but keeps its chain, which goes on in the copy.
    @Test func verify_OfABackupCopy_IsIntact_AndTheChainContinuesThere() throws {
        let fixture = try AuditFixture(entries: 4)
        let copy = fixture.folder.file("backup.sqlite")
        _ = try StoreBackup.copyCentralStore(at: fixture.path, to: copy)
        let store = try CentralStore.open(at: copy)
        defer { try? store.close() }
        #expect(store.storeID != (try fixture.withStore { $0.storeID }))
        guard case .intact(4, _) = try store.verifyAudit() else { Issue.record("the copy's chain should hold"); return }
        try store.appendAudit(AuditFixture.event(0))
        guard case .intact(5, _) = try store.verifyAudit() else { Issue.record("the chain should go on in the copy"); return }
    }

    /// A store made before the audit trail (schema version 2) gets the table when opened.
    @Test func open_OfAStoreWithoutAudit_AddsTheAuditTable() throws {
        let fixture = try AuditFixture(entries: 0)
        try fixture.tamper("DROP TABLE audit; DROP TABLE clock_flags; ALTER TABLE tokens DROP COLUMN clock_offset_ms; ALTER TABLE tokens DROP COLUMN clock_measured_at; "
            + "DROP TRIGGER note_counts_insert; DROP TRIGGER note_counts_update; DROP TRIGGER note_counts_delete; DROP TABLE note_counts; "
            + "PRAGMA user_version = 2;")
        try fixture.withStore { try $0.appendAudit(AuditFixture.event(2)) }
        guard case .intact(1, _) = try fixture.verify() else { Issue.record("the migrated chain should hold"); return }
        #expect(try ProcessRunner.sqlite(fixture.path, "PRAGMA user_version;") == "\(StoreSchema.central.currentVersion)\n")
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    // Safe: `lock` guards `messages`, the only state.
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        messages.append(message)
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
