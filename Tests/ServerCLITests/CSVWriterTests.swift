@testable import ServerCLI
import Testing

/// The CSV rules that make an export open correctly in a spreadsheet.
@Suite struct CSVWriterTests {
    static func document(_ rows: [[String]], header: [String] = ["a", "b"]) -> String {
        var writer = CSVWriter(header: header)
        for row in rows { writer.add(row) }
        return writer.text
    }

    @Test func document_StartsWithByteOrderMarkAndEndsEveryRecordWithCRLF() {
        let text = Self.document([["1", "2"], ["3", "4"]])
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text == "\u{FEFF}a,b\r\n1,2\r\n3,4\r\n")
    }

    @Test func plainFields_AreNotQuoted() {
        #expect(CSVWriter.cell("Cinderella Plein") == "Cinderella Plein")
        #expect(CSVWriter.cell("café de Zon") == "café de Zon")
        #expect(CSVWriter.cell("") == "")
        #expect(CSVWriter.cell("<script>alert(1)</script>") == "<script>alert(1)</script>")
    }

    @Test(arguments: [
        ("vans, bikes", "\"vans, bikes\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line one\nline two", "\"line one\nline two\""),
        ("line one\r\nline two", "\"line one\r\nline two\""),
        ("ends in CR\r", "\"ends in CR\r\""),
        ("\"", "\"\"\"\""),
    ])
    func fieldsWithSeparatorsQuotesOrLineBreaks_AreQuotedWithQuotesDoubled(value: String, written: String) {
        #expect(CSVWriter.cell(value) == written)
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+31 6 1234", "'+31 6 1234"),
        ("-5 degrees", "'-5 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
    ])
    func formulaStarts_GetALeadingApostrophe(value: String, written: String) {
        #expect(CSVWriter.cell(value) == written)
    }

    @Test func formulaCharactersLaterInTheField_AreLeftAlone() {
        #expect(CSVWriter.cell("a=b") == "a=b")
        #expect(CSVWriter.cell("06-00001234") == "06-00001234")
        #expect(CSVWriter.cell("'quoted") == "'quoted")
    }
}
