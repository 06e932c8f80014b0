import Testing
import SQLiteKit

@Suite struct RowTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    static func makeRow() -> Row {
        Row(
            columnNames: ["id", "Name", "score", "active", "photo"],
            values: [.integer(3), .text("Ans"), .real(9.5), .integer(1), .blob([1])]
        )
    }

    @Test func subscripts_ByIndexAndName_ReturnValues() {
        let row = Self.makeRow()
        #expect(row[0] == 3)
        #expect(row["Name"] == "Ans")
        #expect(row["name"] == "Ans")
        #expect(row["missing"] == .null)
    }

    @Test func typedAccessors_ReadNamedColumns() {
        let row = Self.makeRow()
        #expect(row.int64("id") == 3)
        #expect(row.int("id") == 3)
        #expect(row.double("id") == 3.0)
        #expect(row.string("Name") == "Ans")
        #expect(row.double("score") == 9.5)
        #expect(row.bool("active") == true)
        #expect(row.bytes("photo") == [1])
        #expect(row.string("id") == nil)
        #expect(row.int("missing") == nil)
    }

    @Test func query_RowsCarryColumnNamesAndAliases() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        try connection.execute("INSERT INTO notes(body) VALUES (?)", ["first"])
        let row = try #require(try connection.queryOne("SELECT id, body AS text FROM notes"))
        #expect(row.columnNames == ["id", "text"])
        #expect(row.values == [1, "first"])
        #expect(row.string("text") == "first")
    }
}
