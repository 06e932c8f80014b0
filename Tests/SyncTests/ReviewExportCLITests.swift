import FieldCore
import Foundation
import Testing
import TestSupport

/// `fieldkit-server review export`: CSV that a spreadsheet opens correctly, read back with Python's csv module.
@Suite struct ReviewExportCLITests {
    /// The stable column names, in order: the contract with spreadsheets and scripts.
    static let columns = [
        "id", "recorded_at", "neighbourhood", "location", "officer", "topic", "summary", "tags", "mood", "follow_up",
        "follow_up_status", "follow_up_owner", "follow_up_due", "participants", "contact", "consent", "deleted", "conflicts",
    ]

    /// Exports to a file and returns its bytes and its rows as Python reads them, keyed by column.
    static func export(_ workspace: ReviewWorkspace, _ filters: [String] = []) throws -> (bytes: [UInt8], header: [String], rows: [[String: String]]) {
        let file = workspace.folder.file("export.csv")
        let result = try workspace.review(["export", "--format", "csv", "--output", file] + filters)
        guard result.status == 0 else { throw ReviewWorkspaceError(message: result.stderr) }
        let table = try ReviewWorkspace.csvRows(file)
        let header = table.first ?? []
        let rows = table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        return (Array(try Data(contentsOf: URL(fileURLWithPath: file))), header, rows)
    }

    /// Acceptance: "The CSV export of the Fixtures sample opens with the right columns and characters."
    @Test func csv_OfTheSample_HasTheRightColumnsAndEveryValueIntact() throws {
        let workspace = try ReviewWorkspace()
        let file = workspace.folder.file("export.csv")
        let result = try workspace.review(["export", "--format", "csv", "--output", file])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(result.stderr == "Exported 63 notes as csv to \(file).\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o600, "an export holds personal data")

        let (bytes, header, rows) = try Self.export(workspace)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte order mark")
        #expect(header == Self.columns)
        #expect(rows.count == workspace.sample.notes.count)
        for note in workspace.sample.notes {
            let row = try #require(rows.first { $0["id"] == note.id }, "a row for \(note.id)")
            let stand = workspace.stand(of: note)
            let expected: [String: String] = [
                "id": note.id, "recorded_at": ISO8601Format.parse(note.recordedAt)!.iso8601,
                "neighbourhood": stand?.neighbourhood ?? "", "location": stand?.location ?? "", "officer": note.officer,
                "topic": note.topic, "summary": note.summary, "tags": note.tags.joined(separator: "; "), "mood": note.mood.rawValue,
                "follow_up": note.followUp ?? "", "follow_up_status": note.followUpStatus?.rawValue ?? "", "follow_up_owner": "",
                "follow_up_due": "", "participants": String(note.participants ?? 1), "contact": note.consent ? note.contact ?? "" : "",
                "consent": String(note.consent), "deleted": "false", "conflicts": "",
            ]
            #expect(row == expected, "row \(note.id)")
        }
        let values = rows.flatMap(\.values)
        #expect(values.contains { $0.contains("Cinderella Plein") })
        #expect(values.contains { $0.contains("café de Zon") })
        #expect(values.contains { $0.contains("Öztürk") })
        #expect(rows.contains { $0["summary"]!.contains("\n") } && rows.contains { $0["summary"]!.contains(",") })
    }

    @Test func csv_EndsEveryRecordWithCRLF_KeepingLineBreaksInsideQuotedFields() throws {
        let workspace = try ReviewWorkspace()
        let (bytes, _, _) = try Self.export(workspace)
        var insideQuotes = false
        var lineEnds: [[UInt8]] = []
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") { insideQuotes.toggle() }
            if byte == 0x0A, !insideQuotes { lineEnds.append(Array(bytes[max(0, index - 1)...index])) }
        }
        #expect(lineEnds.count == workspace.sample.notes.count + 1, "one line per note and the header")
        #expect(lineEnds.allSatisfy { $0 == [0x0D, 0x0A] })
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
    }

    @Test func csv_KeepsMarkupAsText_AndNeutralisesFormulas() throws {
        let workspace = try ReviewWorkspace()
        let ids = workspace.sample.notes.prefix(4).map(\.id)
        let summaries = ["<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\",\"click\")", "-2 degrees, freezing", "@SUM(A1)"]
        for (id, summary) in zip(ids, summaries) { try workspace.write(id, [.summary: .text(summary)]) }
        try workspace.write(ids[0], [.topic: .text("+31 6 1234")])
        let (_, _, rows) = try Self.export(workspace)
        func row(_ id: String) -> [String: String] { rows.first { $0["id"] == id } ?? [:] }
        #expect(row(ids[0])["summary"] == "<script>alert(1)</script>", "CSV is not HTML: nothing is escaped")
        #expect(row(ids[0])["topic"] == "'+31 6 1234")
        #expect(row(ids[1])["summary"] == "'=HYPERLINK(\"http://evil.example\",\"click\")")
        #expect(row(ids[2])["summary"] == "'-2 degrees, freezing")
        #expect(row(ids[3])["summary"] == "'@SUM(A1)")
        let json = try workspace.review(["export", "--format", "json"])
        let notes = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(zip(ids, summaries).allSatisfy { id, summary in notes.first { $0["id"] as? String == id }?["summary"] as? String == summary },
                "JSON keeps the values exactly")
    }

    @Test func json_IsAnArrayOfNotes_WithTheFilters() throws {
        let workspace = try ReviewWorkspace()
        let all = try workspace.review(["export", "--format", "json"])
        #expect(all.status == 0 && all.stderr == "Exported 63 notes as json.\n")
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(Set(notes.compactMap { $0["id"] as? String }) == Set(workspace.sample.notes.map(\.id)))
        #expect(notes.allSatisfy { Set($0.keys).isSuperset(of: ["id", "recorded_at", "summary", "follow_up_owner", "follow_up_due", "conflicts"]) })
        let lombok = try workspace.review(["export", "--format", "json", "--neighbourhood", "Lombok", "--mood", "concerned"])
        let expected = workspace.sample.notes.filter { workspace.stand(of: $0)?.neighbourhood == "Lombok" && $0.mood == .concerned }
        let filtered = try JSONSerialization.jsonObject(with: Data(lombok.stdout.utf8)) as? [[String: Any]]
        #expect(Set(filtered?.compactMap { $0["id"] as? String } ?? []) == Set(expected.map(\.id)) && !expected.isEmpty)
        let (_, _, rows) = try Self.export(workspace, ["--neighbourhood", "Lombok", "--mood", "concerned"])
        #expect(Set(rows.compactMap { $0["id"] }) == Set(expected.map(\.id)))
    }

    @Test func export_BadFormatOrUnwritableFile_IsRefused() throws {
        let workspace = try ReviewWorkspace()
        let format = try workspace.review(["export", "--format", "xlsx"])
        #expect(format.status == 64 && format.stdout.isEmpty && format.stderr.contains("unknown --format 'xlsx'; use one of: csv, json"))
        #expect(try workspace.review(["export"]).status == 64)
        let unwritable = try workspace.review(["export", "--format", "csv", "--output", workspace.folder.file("no/such/folder/x.csv")])
        #expect(unwritable.status == 74 && unwritable.stderr.contains("cannot write"))
    }
}
