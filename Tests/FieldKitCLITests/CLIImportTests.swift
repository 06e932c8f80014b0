import TestSupport
import Foundation
import Testing

@Suite struct CLIImportTests {
    @Test func importSample_LoadsEveryNoteAndIsRepeatable() throws {
        let workspace = CLIWorkspace()
        _ = try workspace.run(["init", "--officer", "Coordinator"])
        let sample = TemporaryFolder.repositoryFile("Fixtures/sample.json").path
        let first = try workspace.run(["import", sample])
        #expect(first.status == 0, "\(first.stderr)")
        let source = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sample))) as? [String: Any]
        let sourceNotes = source?["notes"] as? [[String: Any]] ?? []
        let notes = try workspace.json(try workspace.run(["list", "--json"])) as? [[String: Any]] ?? []
        #expect(notes.count == sourceNotes.count && notes.count >= 60)
        #expect(notes.contains { ($0["summary"] as? String)?.contains("café de Zon") == true })
        #expect(notes.contains { ($0["location"] as? String)?.hasPrefix("Cinderella Plein") == true })
        #expect(Set(notes.compactMap { $0["officer"] as? String }).count == 3)
        let again = try workspace.run(["import", sample])
        #expect(again.status == 0 && again.stdout.contains("Imported 0 records"))
        #expect((try workspace.json(try workspace.run(["list", "--json"])) as? [Any])?.count == sourceNotes.count)
    }

    @Test func importBadFile_ExplainsAndImportsNothing() throws {
        let workspace = CLIWorkspace()
        _ = try workspace.run(["init", "--officer", "Sanne"])
        let missing = try workspace.run(["import", workspace.folder + "/nope.json"])
        #expect(missing.status == 66 && missing.stderr.contains("cannot read"))
        let junk = workspace.folder + "/junk.json"
        try Data("{\"format\": 3}".utf8).write(to: URL(fileURLWithPath: junk))
        let before = workspace.snapshot()
        let invalid = try workspace.run(["import", junk])
        #expect(invalid.status == 65 && invalid.stderr.contains("nothing was imported"))
        #expect(workspace.snapshot() == before)
    }
}
