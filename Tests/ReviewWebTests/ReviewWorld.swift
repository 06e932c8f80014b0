import FieldCore
import FieldStore
import Foundation
import HTTPKit
import ReviewWeb
import SyncService
import Locking
import TestSupport
import Testing

/// A central store holding the Fixtures sample, enrolled people, and the review pages over it, in memory.
final class ReviewWorld: Sendable {
    static let sampleDevice = DeviceID("sample-laptop")
    static let hostile = "<script>alert(1)</script>"
    /// A fixed "now" after every sample note, so that due dates and expiry are deterministic.
    static let start = ISO8601Format.parse("2026-11-20T09:00:00Z")!

    let gate: StoreGate
    let router: Router
    let sample: SampleFile
    private let clock = Shared(ReviewWorld.start)
    private let logLines = Shared<[String]>([])

    convenience init() throws {
        try self.init(store: try CentralStore.inMemory())
    }

    /// A world over `store` (a file, for the live tests), which gets the sample pushed into it.
    init(store: sending CentralStore) throws {
        sample = try SampleFile.load(try Data(contentsOf: TemporaryFolder.repositoryFile("Fixtures/sample.json")))
        gate = StoreGate(store)
        let records = try sample.records(device: Self.sampleDevice)
        _ = try gate.withStore { try $0.push(records, from: Self.sampleDevice) }
        let (clock, lines) = (clock, logLines)
        let log = ServerLog { line in lines.value.withLock { $0.append(line) } }
        router = ReviewRoutes.adding(to: SyncRoutes.router(gate: gate, log: log), gate: gate, log: log,
                                     secret: try ReviewSecret.stored(in: gate), clock: { clock.value.withLock { $0 } })
    }

    var log: [String] { logLines.value.withLock { $0 } }

    func advanceClock(seconds: Int64) {
        clock.value.withLock { $0 = $0.adding(milliseconds: seconds * 1000) }
    }

    /// Enrolls someone and returns the token's text.
    @discardableResult
    func enroll(_ name: String, role: Role) throws -> String {
        let issued = TokenCodec.issue()
        _ = try gate.withStore { try $0.addToken(selector: issued.selector, verifierHash: issued.verifierHash, officer: name, role: role) }
        return issued.text
    }

    func record(_ id: String) throws -> Record {
        try #require(try gate.withStore { try $0.record(id: id) })
    }

    /// Pushes a note written by `officer` on `device`, with `values` over sensible defaults.
    @discardableResult
    func pushNote(id: String = UUID().uuidString.lowercased(), officer: String, device: String = "laptop-x",
                  values: [String: FieldValue] = [:], at time: Timestamp = ReviewWorld.start.adding(milliseconds: -3_600_000)) throws -> String {
        var all: [String: FieldValue] = [
            "neighbourhood": .text("Lombok"), "location": .text("Kanaalstraat"), "officer": .text(officer),
            "topic": .text("parking"), "summary": .text("Vans on the pavement"), "tags": .list(["morning"]),
            "mood": .text("concerned"), "recorded_at": .number(Double(time.milliseconds)), "consent": .bool(false),
            "participants": .number(1),
        ]
        all.merge(values) { $1 }
        let record = Record.created(id: id, kind: .note, values: all, by: Author(device: DeviceID(device), officer: officer, at: time))
        _ = try gate.withStore { try $0.push([record], from: DeviceID(device)) }
        return id
    }

    /// Makes `field` of note `id` conflicted: two devices each write their value concurrently.
    func conflict(_ id: String, field: String, _ first: (String, FieldValue), _ second: (String, FieldValue)) throws {
        let base = try record(id)
        for (index, (officer, value)) in [first, second].enumerated() {
            let device = DeviceID("laptop-\(index)")
            let at = ReviewWorld.start.adding(milliseconds: Int64(index) * 60_000 - 1_800_000)
            let edited = try #require(base.writing([field: value], by: Author(device: device, officer: officer, at: at)))
            _ = try gate.withStore { try $0.push([edited], from: device) }
        }
    }
}

/// A value several closures share and change under a lock.
final class Shared<Value: Sendable>: Sendable {
    let value: Locked<Value>

    init(_ value: Value) {
        self.value = Locked(value)
    }
}
