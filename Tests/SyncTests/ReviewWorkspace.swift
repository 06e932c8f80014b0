import FieldCore
import FieldStore
import Foundation
import TestSupport

/// A temporary central store loaded with the Fixtures sample, and `fieldkit-server review` run against it.
final class ReviewWorkspace {
    static let sampleDevice = DeviceID("sample-laptop")
    static let otherDevice = DeviceID("bram-laptop")

    let folder = TemporaryFolder(prefix: "fieldkit-review")
    let sample: SampleFile
    var store: String { folder.file("server.sqlite") }

    /// Pushes the sample as one officer's laptop would, then closes the store for the CLI.
    init() throws {
        sample = try SampleFile.load(try Data(contentsOf: TemporaryFolder.repositoryFile("Fixtures/sample.json")))
        _ = try withStore { try $0.push(try sample.records(device: Self.sampleDevice), from: Self.sampleDevice) }
    }

    /// Opens the store, runs `body` and closes it again, so that the binary finds it as any process would.
    func withStore<T>(_ body: (CentralStore) throws -> T) throws -> T {
        let central = try CentralStore.openOrCreate(at: store)
        defer { try? central.close() }
        return try body(central)
    }

    /// `fieldkit-server review ARGUMENTS --store STORE`, with `FIELDKIT_COORDINATOR` set when given.
    func review(_ arguments: [String], coordinator: String? = nil) throws -> ProcessResult {
        try ProcessRunner.server(["review"] + arguments + ["--store", store],
                                 environment: coordinator.map { ["FIELDKIT_COORDINATOR": $0] } ?? [:])
    }

    /// The parsed standard output of `review ARGUMENTS --json`.
    func json(_ arguments: [String]) throws -> Any {
        let result = try review(arguments + ["--json"])
        guard result.status == 0 else { throw ReviewWorkspaceError(message: "exit \(result.status): \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The ids `review list --json` finds with these filters, and the total it reports.
    func listed(_ filters: [String]) throws -> (ids: Set<String>, total: Int) {
        let page = try json(["list", "--limit", "1000"] + filters) as? [String: Any]
        let notes = page?["notes"] as? [[String: Any]] ?? []
        return (Set(notes.compactMap { $0["id"] as? String }), page?["total"] as? Int ?? -1)
    }

    /// The store's last change number: unchanged after a refused command means nothing was stored.
    func lastChange() throws -> String {
        try ProcessRunner.sqlite(store, "SELECT max(seq) FROM records;")
    }

    /// The stand a sample note was logged at.
    func stand(of note: SampleFile.SampleNote) -> SampleFile.SampleStand? {
        sample.stands.first { $0.id == note.standID }
    }

    func note(_ id: String) throws -> SampleFile.SampleNote {
        guard let note = sample.notes.first(where: { $0.id == id }) else { throw ReviewWorkspaceError(message: "no sample note \(id)") }
        return note
    }

    /// Puts `field` of note `id` in conflict: the sample's laptop and another write different values
    /// concurrently (at 10:00 and 11:00), and both pushes are merged.
    func makeConflict(id: String, field: NoteField, sampleValue: FieldValue, otherValue: FieldValue) throws {
        try withStore { central in
            guard let base = try central.record(id: id) else { throw ReviewWorkspaceError(message: "no record \(id)") }
            let other = Author(device: Self.otherDevice, officer: "Bram Jansen", at: ISO8601Format.parse("2026-11-20T11:00Z")!)
            let mine = Author(device: Self.sampleDevice, officer: "Lotte Verhoeven", at: ISO8601Format.parse("2026-11-20T10:00Z")!)
            guard let theirs = base.writing([field.rawValue: otherValue], by: other),
                  let ours = base.writing([field.rawValue: sampleValue], by: mine) else {
                throw ReviewWorkspaceError(message: "the conflicting writes change nothing")
            }
            _ = try central.push([theirs], from: Self.otherDevice)
            _ = try central.push([ours], from: Self.sampleDevice)
        }
    }

    /// A coordinator's write made in-process, to prepare notes for a test.
    func write(_ id: String, _ changes: [NoteField: FieldValue]) throws {
        _ = try withStore { try $0.write(id: id, changes: changes, by: CoordinatorActor.author("Test Setup")) }
    }

    /// Reads a CSV file back with Python's csv module (strict), which knows nothing of our writer.
    static func csvRows(_ path: String) throws -> [[String]] {
        let program = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let result = try ProcessRunner.python(program, [path])
        guard result.status == 0 else { throw ReviewWorkspaceError(message: "python3: \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]] ?? []
    }
}

struct ReviewWorkspaceError: Error {
    let message: String
}
