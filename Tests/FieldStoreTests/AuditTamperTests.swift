@testable import FieldStore
import FieldCore
import Foundation
import Testing
import TestSupport

/// Changes made to the audit trail behind FieldKit's back, with the `sqlite3` shell, and the
/// entry `verifyAudit` names for each.
@Suite struct AuditTamperTests {
    static let edits = [
        "detail = '{\"format\":\"json\"}'", "actor = 'Someone Else'", "at = at + 1000", "record_ids = '[]'",
        "device = NULL", "action = 'view'", "role = 'officer'", "prev_hash = hash", "hash = prev_hash",
    ]

    @Test(arguments: edits)
    func verify_WithEditedEntry_NamesIt(edit: String) throws {
        let fixture = try AuditFixture(entries: 5)
        try fixture.tamper("UPDATE audit SET \(edit) WHERE seq = 4;")
        let broken = try #require(try fixture.firstBreak())
        #expect(broken.seq == 4)
        #expect([.edited, .previousMismatch(previous: 3)].contains(broken.problem))
    }

    @Test func verify_WithEntryRemovedInTheMiddle_NamesTheEntryAfterTheGap() throws {
        let fixture = try AuditFixture(entries: 6)
        try fixture.tamper("DELETE FROM audit WHERE seq IN (3, 4);")
        let broken = try #require(try fixture.firstBreak())
        #expect(broken.seq == 5 && broken.problem == .missingBefore(from: 3, through: 4))
        #expect(broken.problem.description == "entries 3–4 before it are missing, so they were removed")
    }

    @Test func verify_WithFirstEntryRemoved_NamesTheNewFirst() throws {
        let fixture = try AuditFixture(entries: 3)
        try fixture.tamper("DELETE FROM audit WHERE seq = 1;")
        #expect(try fixture.firstBreak()?.seq == 2)
        #expect(try fixture.firstBreak()?.problem == .missingBefore(from: 1, through: 1))
    }

    /// Renumbering the entries after a removal, so that no gap shows, changes what their hashes cover.
    @Test func verify_WithRemovalHiddenByRenumbering_NamesTheFirstRenumberedEntry() throws {
        let fixture = try AuditFixture(entries: 5)
        try fixture.tamper("DELETE FROM audit WHERE seq = 2; UPDATE audit SET seq = seq - 1 WHERE seq > 2;")
        #expect(try fixture.firstBreak()?.seq == 2)
        #expect(try fixture.firstBreak()?.problem == .edited)
    }

    /// The store keeps the last entry's number and hash in meta, so removing the end shows.
    @Test func verify_WithLastEntryRemoved_NamesTheMissingEnd() throws {
        let fixture = try AuditFixture(entries: 5)
        try fixture.tamper("DELETE FROM audit WHERE seq = 5;")
        guard case .broken(let broken) = try fixture.verify() else { Issue.record("a removed last entry should show"); return }
        #expect(broken.seq == 5 && broken.entry == nil && broken.problem == .missingAtEnd(from: 5, through: 5))
    }

    @Test func verify_WithLastEntryRemovedThenAnotherAppended_NamesTheGap() throws {
        let fixture = try AuditFixture(entries: 5)
        try fixture.tamper("DELETE FROM audit WHERE seq = 5;")
        try fixture.withStore { try $0.appendAudit(AuditFixture.event(0)) }
        #expect(try fixture.firstBreak()?.seq == 6)
        #expect(try fixture.firstBreak()?.problem == .missingBefore(from: 5, through: 5))
    }

    @Test func verify_WithRowAddedAfterTheHead_NamesIt() throws {
        let fixture = try AuditFixture(entries: 3)
        try fixture.tamper("INSERT INTO audit SELECT seq + 1, at, actor, role, device, action, record_ids, detail, hash, hash FROM audit WHERE seq = 3;")
        #expect(try fixture.firstBreak()?.seq == 4)
    }

    /// The honest limit, part one: removing the last entry and the head record together is seen
    /// only until the next append restores a head (see the README's "Audit trail").
    @Test func verify_WithLastEntryAndTheHeadRemoved_SaysTheHeadIsMissing() throws {
        let fixture = try AuditFixture(entries: 5)
        try fixture.tamper("DELETE FROM audit WHERE seq = 5; DELETE FROM meta WHERE key = 'audit_head';")
        #expect(try fixture.firstBreak()?.seq == 4)
        #expect(try fixture.firstBreak()?.problem == .headMissing)
    }

    /// An entry changed and its own hash recomputed: the next entry still names the old hash.
    @Test func verify_WithEntryRewrittenAndItsHashRecomputed_NamesTheNextEntry() throws {
        let fixture = try AuditFixture(entries: 5)
        try fixture.tamper("UPDATE audit SET actor = 'Someone Else' WHERE seq = 2;")
        try recomputeHash(of: 2, in: fixture)
        #expect(try fixture.firstBreak()?.seq == 3)
        #expect(try fixture.firstBreak()?.problem == .previousMismatch(previous: 2))
    }

    /// The honest limit, part two: whoever recomputes every hash and the head is not caught from
    /// inside the file; a head hash noted elsewhere before (as `audit verify` prints it) shows it.
    @Test func verify_AfterTheWholeChainIsRecomputed_OnlyAHeadKeptElsewhereShowsIt() throws {
        let fixture = try AuditFixture(entries: 4)
        guard case .intact(_, let before) = try fixture.verify() else { Issue.record("the chain should hold"); return }
        try fixture.tamper("UPDATE audit SET actor = 'Someone Else' WHERE seq = 2;")
        for seq in 2...4 {
            if seq > 2 { try fixture.tamper("UPDATE audit SET prev_hash = (SELECT hash FROM audit WHERE seq = \(seq - 1)) WHERE seq = \(seq);") }
            try recomputeHash(of: Int64(seq), in: fixture)
        }
        try fixture.tamper("UPDATE meta SET value = '4:' || (SELECT hash FROM audit WHERE seq = 4) WHERE key = 'audit_head';")
        guard case .intact(4, let after) = try fixture.verify() else { Issue.record("a full recompute is not seen from inside"); return }
        #expect(after?.hash != before?.hash, "the head hash noted before differs")
    }

    /// Entries copied into another store's chain do not start from that store's chain start.
    @Test func verify_WithEntriesFromAnotherStore_NamesTheFirst() throws {
        let (source, target) = (try AuditFixture(entries: 3), try AuditFixture(entries: 0))
        try target.withStore { try $0.appendAudit(AuditFixture.event(1)) }
        try target.tamper("""
            ATTACH '\(source.path)' AS other; DELETE FROM audit; INSERT INTO audit SELECT * FROM other.audit;
            UPDATE meta SET value = (SELECT value FROM other.meta WHERE key = 'audit_head') WHERE key = 'audit_head';
            """)
        #expect(try target.firstBreak()?.seq == 1)
        #expect(try target.firstBreak()?.problem == .notChainStart)
    }

    /// Sets entry `seq`'s hash to what its (changed) columns give, as someone who read the docs could.
    private func recomputeHash(of seq: Int64, in fixture: AuditFixture) throws {
        let hash = try fixture.withStore { store in
            let row = try #require(try store.connection.queryOne("SELECT \(AuditTable.columns) FROM audit WHERE seq = ?", [.integer(seq)]))
            return AuditChain.hash(AuditTable.hashedValues(of: row))
        }
        try fixture.tamper("UPDATE audit SET hash = '\(hash)' WHERE seq = \(seq);")
    }
}
