import Testing
import SQLiteKit

@Suite struct StatementTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    func makeNotesConnection() throws -> Connection {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        return connection
    }

    @Test(arguments: [[], [1], [1, 2, 3]] as [[SQLiteValue]])
    func bind_WithWrongNumberOfArguments_Throws(arguments: [SQLiteValue]) throws {
        let connection = try directory.makeConnection()
        let statement = try connection.prepare("SELECT ?, ?")
        let error = #expect(throws: SQLiteError.self) {
            try statement.bind(arguments)
        }
        #expect(error?.resultCode == 25)
        #expect(error?.message.contains("takes 2, got \(arguments.count)") == true)
        #expect(error?.sql == "SELECT ?, ?")
    }

    @Test func connectionExecute_WithWrongNumberOfArguments_Throws() throws {
        let connection = try makeNotesConnection()
        #expect(throws: SQLiteError.self) {
            try connection.execute("INSERT INTO notes(body) VALUES (?)", ["a", "b"])
        }
        #expect(try connection.scalar("SELECT count(*) FROM notes") == 0)
    }

    @Test func bind_Again_ReplacesEarlierBindings() throws {
        let connection = try directory.makeConnection()
        let statement = try connection.prepare("SELECT ?, ?")
        try statement.bind([1, "one"])
        #expect(try statement.step())
        #expect(statement.currentRow().values == [1, "one"])
        try statement.bind([2, nil])
        #expect(try statement.step())
        #expect(statement.currentRow().values == [2, .null])
    }

    @Test func step_YieldsEachRowThenFalse() throws {
        let connection = try makeNotesConnection()
        try connection.execute("INSERT INTO notes(body) VALUES ('a'), ('b')")
        let statement = try connection.prepare("SELECT body FROM notes ORDER BY id")
        #expect(try statement.step())
        #expect(statement.currentRow()[0] == "a")
        #expect(try statement.step())
        #expect(statement.currentRow()[0] == "b")
        #expect(try statement.step() == false)
        statement.reset()
        #expect(try statement.step())
        #expect(statement.currentRow()[0] == "a")
    }

    @Test func cachedStatement_SameSQL_ReturnsSameObjectWorkingWithNewBindings() throws {
        let connection = try makeNotesConnection()
        let insert = try connection.cachedStatement("INSERT INTO notes(body) VALUES (?)")
        try insert.execute(["first"])
        let again = try connection.cachedStatement("INSERT INTO notes(body) VALUES (?)")
        #expect(again === insert)
        try again.execute(["second"])

        let select = try connection.cachedStatement("SELECT body FROM notes WHERE id = ?")
        #expect(try select.query([1]).map { $0[0] } == ["first"])
        #expect(try connection.cachedStatement("SELECT body FROM notes WHERE id = ?").query([2]).map { $0[0] } == ["second"])
        #expect(try connection.cachedStatement("SELECT 1") !== select)
    }

    @Test func cachedStatement_LeftMidway_IsResetBeforeReuse() throws {
        let connection = try makeNotesConnection()
        try connection.execute("INSERT INTO notes(body) VALUES ('a'), ('b')")
        let select = try connection.cachedStatement("SELECT body FROM notes ORDER BY id")
        #expect(try select.step())
        #expect(try select.step())
        let reused = try connection.cachedStatement("SELECT body FROM notes ORDER BY id")
        #expect(try reused.query().map { $0[0] } == ["a", "b"])
    }

    @Test func cachedStatement_AfterSchemaChange_SeesNewColumns() throws {
        let connection = try makeNotesConnection()
        try connection.execute("INSERT INTO notes(body) VALUES ('a')")
        #expect(try connection.cachedStatement("SELECT * FROM notes").query().first?.columnNames == ["id", "body"])
        try connection.execute("ALTER TABLE notes ADD COLUMN street TEXT DEFAULT 'Dorpsstraat'")
        let row = try #require(try connection.cachedStatement("SELECT * FROM notes").query().first)
        #expect(row.columnNames == ["id", "body", "street"])
        #expect(row["street"] == "Dorpsstraat")
    }

    @Test(arguments: ["SELECT 1; SELECT 2", "SELECT 1; nonsense", "CREATE TABLE a(x); INSERT INTO a VALUES (1)"])
    func prepare_WithSeveralStatements_ThrowsMisuse(sql: String) throws {
        let connection = try directory.makeConnection()
        let error = #expect(throws: SQLiteError.self) {
            _ = try connection.prepare(sql)
        }
        #expect(error?.isMisuse == true)
        #expect(try connection.scalar("SELECT count(*) FROM sqlite_master") == 0)
    }

    @Test(arguments: ["", "   ", "-- nothing here", ";"])
    func prepare_WithNoStatement_ThrowsMisuse(sql: String) throws {
        let connection = try directory.makeConnection()
        let error = #expect(throws: SQLiteError.self) {
            _ = try connection.prepare(sql)
        }
        #expect(error?.isMisuse == true)
    }

    @Test func prepare_WithTrailingSemicolonAndComment_Succeeds() throws {
        let connection = try directory.makeConnection()
        let statement = try connection.prepare("  SELECT 42;  -- the answer\n ")
        #expect(statement.sql == "SELECT 42;")
        #expect(try statement.query().first?[0] == 42)
    }

    @Test func prepare_InvalidSQL_ThrowsWithSQLText() throws {
        let connection = try directory.makeConnection()
        let error = #expect(throws: SQLiteError.self) {
            _ = try connection.prepare("SELEC body FROM notes")
        }
        #expect(error?.resultCode == 1)
        #expect(error?.sql == "SELEC body FROM notes")
    }

    @Test func forEachRow_WhenBodyThrows_StopsAndStatementStaysUsable() throws {
        struct Stop: Error {}
        let connection = try makeNotesConnection()
        try connection.execute("INSERT INTO notes(body) VALUES ('a'), ('b'), ('c')")
        let statement = try connection.prepare("SELECT body FROM notes ORDER BY id")
        var seen: [SQLiteValue] = []
        #expect(throws: Stop.self) {
            try statement.forEachRow([]) { row in
                seen.append(row[0])
                if seen.count == 2 { throw Stop() }
            }
        }
        #expect(seen == ["a", "b"])
        #expect(try statement.query().count == 3)
    }

    @Test func execute_OnStatementReturningRows_DiscardsThem() throws {
        let connection = try makeNotesConnection()
        let statement = try connection.prepare("INSERT INTO notes(body) VALUES (?) RETURNING id")
        try statement.execute(["x"])
        try statement.execute(["y"])
        #expect(try connection.scalar("SELECT count(*) FROM notes") == 2)
    }

    @Test func queryOne_ReturnsFirstRowOrNil() throws {
        let connection = try makeNotesConnection()
        let statement = try connection.prepare("SELECT body FROM notes WHERE id >= ? ORDER BY id")
        #expect(try statement.queryOne([1]) == nil)
        try connection.execute("INSERT INTO notes(body) VALUES ('a'), ('b')")
        #expect(try statement.queryOne([1])?[0] == "a")
    }
}
