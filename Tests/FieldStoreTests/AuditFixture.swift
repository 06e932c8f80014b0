@testable import FieldStore
import FieldCore
import Foundation
import TestSupport

/// A central store file with a few audit entries, one a minute from `start`, to check and tamper with.
final class AuditFixture {
    static let start = ISO8601Format.parse("2026-11-20T09:00:00Z")!
    static let notes = ["3f2a9c1e-0b7d-4c55-9d1e-2b8f6a0c4e11", "7c41d2aa-5e90-4b1f-8a3c-9d0e6f1b2c33", "b8e07f15-2c6a-4d93-a1b4-0f5e3c7d9a22"]

    let folder = TemporaryFolder(prefix: "fieldkit-audit")
    var path: String { folder.file("server.sqlite") }

    /// A store whose chain holds `entries` of the events below, in turn.
    init(entries: Int = 5) throws {
        try withStore { store in
            for index in 0..<entries { try store.appendAudit(Self.event(index), at: Self.time(index)) }
        }
    }

    static func time(_ index: Int) -> Timestamp {
        start.adding(milliseconds: Int64(index) * 60_000)
    }

    /// A realistic mix: a push, a pull, a web view, an export and a resolve; a name with non-ASCII
    /// letters and an entry without a device, so that byte lengths and NULLs are hashed too.
    static func event(_ index: Int) -> AuditEvent {
        switch index % 5 {
        case 0: return AuditEvent(actor: "Anna de Wit", role: .officer, device: "laptop-a", action: .push, recordIDs: [notes[0], notes[1]],
                                  detail: ["inserted": .integer(2), "updated": .integer(0), "conflicted": .integer(0), "unchanged": .integer(0)])
        case 1: return AuditEvent(actor: "Bram Öztürk", role: .officer, device: "laptop-b", action: .pull, recordIDs: notes,
                                  detail: ["count": .integer(3), "more": .bool(false)])
        case 2: return AuditEvent(actor: "Carla Smit", role: .coordinator, device: "web:5f0c", action: .view, recordIDs: [notes[0]],
                                  detail: ["page": .string("note")])
        case 3: return AuditEvent(actor: "Carla Smit", role: .coordinator, device: "cli:carla", action: .export, recordIDs: notes,
                                  detail: ["format": .string("csv"), "filters": .array([.string("search")])])
        default: return AuditEvent(actor: "retention job", role: .system, device: nil, action: .retention, recordIDs: [notes[2]],
                                   detail: ["reason": .string("older_than_policy")])
        }
    }

    /// Opens the store, runs `body` and closes it, as a separate process would find it.
    @discardableResult
    func withStore<T>(_ body: (CentralStore) throws -> T) throws -> T {
        let store = try CentralStore.openOrCreate(at: path)
        defer { try? store.close() }
        return try body(store)
    }

    func verify() throws -> AuditVerification {
        try withStore { try $0.verifyAudit() }
    }

    /// The first break as (entry number, problem), or nil when the chain is intact.
    func firstBreak() throws -> (seq: Int64, problem: AuditProblem)? {
        guard case .broken(let broken) = try verify() else { return nil }
        return (broken.seq, broken.problem)
    }

    /// Runs SQL on the store with the `sqlite3` shell: a change made behind FieldKit's back.
    func tamper(_ sql: String) throws {
        try ProcessRunner.sqlite(path, sql)
    }
}
