import FieldCore
@testable import FieldStore
import Foundation
import Testing
import TestSupport

/// Stores made by an earlier release open in this one with nothing lost.
@Suite struct CentralMigrationTests {
    /// A store at schema version 1 (free-text index kept by triggers) holding one note.
    static func makeVersion1Store(at path: String, note: Record) throws {
        let row = "'\(note.id)', 'note', '\(note.storedVersion)', '\(note.storedFields.replacingOccurrences(of: "'", with: "''"))', "
            + "0, 0, 'Lombok', 'parking', '\(note.value("summary").text ?? "")', 1"
        let sql = "PRAGMA application_id = \(StoreSchema.central.applicationID); PRAGMA journal_mode = WAL; "
            + StoreSchema.central.migrations[0]
            + "; INSERT INTO meta VALUES ('store_id', 'abc123');"
            + " INSERT INTO records (id, kind, version, fields, deleted, has_conflict, neighbourhood, topic, summary, seq) VALUES (\(row));"
            + " PRAGMA user_version = 1;"
        _ = try ProcessRunner.sqlite(path, sql)
    }

    @Test func open_OfVersion1Store_KeepsItsNotesFindableByText() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("central.sqlite")
        let note = NoteDraft(neighbourhood: "Lombok", location: "Kanaalstraat", officer: "Sanne", topic: "parking",
                             summary: "Vans bij de brug", tags: [])
            .record(id: "00000000-0000-4000-8000-00000000000a", by: Author(device: DeviceID("dev-a"), officer: "Sanne", at: .now()))
        try Self.makeVersion1Store(at: path, note: note)
        let store = try CentralStore.open(at: path)
        defer { try? store.close() }
        var filter = ReviewFilter()
        filter.search = "brug"
        #expect(try store.reviewNotes(filter).map(\.id) == [note.id])
        #expect(try store.record(id: note.id) == note)
        #expect(try ProcessRunner.sqlite(path, "PRAGMA user_version;") == "\(StoreSchema.central.currentVersion)\n")
        // Later changes keep the index in step without the old triggers.
        let edited = try #require(note.writing(["summary": .text("Fietsen bij het station")],
                                               by: Author(device: DeviceID("dev-a"), officer: "Sanne", at: .now())))
        _ = try store.push([edited], from: DeviceID("dev-a"))
        #expect(try store.reviewNotes(filter).isEmpty)
        filter.search = "station"
        #expect(try store.reviewNotes(filter).map(\.id) == [note.id])
    }
}
