import Testing
import SQLiteKit

@Suite struct ConnectionExecutionTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    @Test func execute_ScriptOfSeveralStatements_RunsThemAll() throws {
        let connection = try directory.makeConnection()
        try connection.execute("""
            CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);
            -- a comment between statements
            INSERT INTO notes(body) VALUES ('one');
            INSERT INTO notes(body) VALUES ('two; with a semicolon');
            SELECT * FROM notes;
            """)
        #expect(try connection.query("SELECT body FROM notes ORDER BY id").map { $0[0] } == ["one", "two; with a semicolon"])
    }

    @Test func execute_ScriptWithFailingStatement_StopsThere() throws {
        let connection = try directory.makeConnection()
        let error = #expect(throws: SQLiteError.self) {
            try connection.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1); INSERT INTO nope VALUES (2); INSERT INTO t VALUES (3)")
        }
        #expect(error?.message.contains("no such table: nope") == true)
        #expect(try connection.query("SELECT x FROM t").map { $0[0] } == [1])
    }

    @Test(arguments: ["", "  \n", "-- only a comment", ";;"])
    func execute_BlankScript_DoesNothing(sql: String) throws {
        let connection = try directory.makeConnection()
        try connection.execute(sql)
        #expect(try connection.scalar("SELECT count(*) FROM sqlite_master") == 0)
    }

    @Test func execute_WithArgumentsAndSeveralStatements_ThrowsAndRunsNothing() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(x)")
        #expect(throws: SQLiteError.self) {
            try connection.execute("INSERT INTO t VALUES (?); DELETE FROM t", [1])
        }
        #expect(try connection.scalar("SELECT count(*) FROM t") == 0)
    }

    @Test func scalar_WithNoRows_ReturnsNull() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(x)")
        #expect(try connection.scalar("SELECT x FROM t") == .null)
        #expect(try connection.queryOne("SELECT x FROM t") == nil)
    }

    @Test func forEachRow_VisitsRowsInOrder() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)")
        var total: Int64 = 0
        try connection.forEachRow("SELECT x FROM t WHERE x > ?", [1]) { row in
            total += row.int64("x") ?? 0
        }
        #expect(total == 5)
    }

    @Test func changesAndLastInsertRowID_ReportTheLatestWrite() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, x)")
        try connection.execute("INSERT INTO t(x) VALUES (?)", ["a"])
        try connection.execute("INSERT INTO t(x) VALUES (?)", ["b"])
        #expect(connection.lastInsertRowID == 2)
        #expect(connection.changes == 1)
        try connection.execute("UPDATE t SET x = ?", ["c"])
        #expect(connection.changes == 2)
    }
}
