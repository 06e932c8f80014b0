import Foundation
import Testing
import SQLiteKit

@Suite struct SQLiteErrorTests {
    static let secret = "SECRET-resident-name"

    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    func makeResidentsConnection() throws -> Connection {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE residents(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")
        try connection.execute("INSERT INTO residents(name) VALUES (?)", [.text(Self.secret)])
        return connection
    }

    func expectNoSecret(in error: SQLiteError?) throws {
        let error = try #require(error)
        for text in [error.description, String(reflecting: error), error.message, error.sql ?? "", "\(error)"] {
            #expect(!text.contains(Self.secret))
        }
    }

    @Test func constraintError_DescribesCodeMessageAndSQLButNotBoundValues() throws {
        let connection = try makeResidentsConnection()
        let sql = "INSERT INTO residents(name) VALUES (?)"
        let error = #expect(throws: SQLiteError.self) {
            try connection.execute(sql, [.text(Self.secret)])
        }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.resultCode == 19)
        #expect(error?.extendedResultCode == 2067)
        #expect(error?.sql == sql)
        let description = error?.description ?? ""
        #expect(description.contains("SQLITE_CONSTRAINT_UNIQUE"))
        #expect(description.contains("UNIQUE constraint failed: residents.name"))
        #expect(description.contains(sql))
        try expectNoSecret(in: error)
    }

    @Test func constraintError_FromCachedStatementInTransaction_HidesBoundValues() throws {
        let connection = try makeResidentsConnection()
        let error = #expect(throws: SQLiteError.self) {
            try connection.transaction {
                let update = try connection.cachedStatement("UPDATE residents SET name = ? WHERE id = ?")
                try connection.execute("INSERT INTO residents(name) VALUES (?)", ["someone else"])
                try update.execute([.text(Self.secret), 2])
            }
        }
        #expect(error?.isConstraintViolation == true)
        try expectNoSecret(in: error)
        #expect(try connection.scalar("SELECT count(*) FROM residents") == 1)
    }

    @Test func notNullError_NamesExtendedCode() throws {
        let connection = try makeResidentsConnection()
        let error = #expect(throws: SQLiteError.self) {
            try connection.execute("INSERT INTO residents(name) VALUES (?)", [nil])
        }
        #expect(error?.extendedResultCode == 1299)
        #expect(error?.description.contains("SQLITE_CONSTRAINT_NOTNULL") == true)
    }

    @Test func busy_WhenAnotherConnectionHoldsWriteLock_ThrowsIsBusyAfterTimeout() throws {
        let holder = try directory.makeConnection()
        try holder.execute("CREATE TABLE notes(body TEXT)")
        let waiter = try directory.makeConnection(busyTimeoutMilliseconds: 50)
        try holder.execute("BEGIN IMMEDIATE")

        let error = #expect(throws: SQLiteError.self) {
            try waiter.transaction(.immediate) {
                try waiter.execute("INSERT INTO notes VALUES (?)", [.text(Self.secret)])
            }
        }
        #expect(error?.isBusy == true)
        #expect(throws: SQLiteError.self) {
            try waiter.execute("INSERT INTO notes VALUES ('x')")
        }

        try holder.execute("COMMIT")
        try waiter.execute("INSERT INTO notes VALUES ('x')")
        #expect(try holder.scalar("SELECT count(*) FROM notes") == 1)
    }

    @Test func full_WhenPageLimitReached_ThrowsIsFull() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE photos(data BLOB)")
        let pages = try connection.scalar("PRAGMA page_count").int ?? 0
        try connection.execute("PRAGMA max_page_count = \(pages + 2)")
        let error = #expect(throws: SQLiteError.self) {
            try connection.execute("INSERT INTO photos VALUES (?)", [.blob(Array(repeating: 7, count: 100_000))])
        }
        #expect(error?.isFull == true)
    }

    @Test func name_MapsPrimaryAndExtendedCodes() {
        #expect(SQLiteError.name(of: 0) == "SQLITE_OK")
        #expect(SQLiteError.name(of: 5) == "SQLITE_BUSY")
        #expect(SQLiteError.name(of: 517) == "SQLITE_BUSY_SNAPSHOT")
        #expect(SQLiteError.name(of: 2067) == "SQLITE_CONSTRAINT_UNIQUE")
        #expect(SQLiteError.name(of: 778) == "SQLITE_IOERR_WRITE")
        #expect(SQLiteError.name(of: 26) == "SQLITE_NOTADB")
        #expect(SQLiteError.name(of: 101) == "SQLITE_DONE")
        #expect(SQLiteError.name(of: 250) == "unknown result code")
    }

    @Test func init_DerivesPrimaryCodeAndFormatsDescription() {
        let error = SQLiteError(extendedResultCode: 2067, message: "UNIQUE constraint failed: t.id", sql: "INSERT INTO t VALUES (?)")
        #expect(error.resultCode == 19)
        #expect(error.isConstraintViolation)
        #expect(error.description == "SQLite error 19 (SQLITE_CONSTRAINT_UNIQUE 2067): UNIQUE constraint failed: t.id — in: INSERT INTO t VALUES (?)")
        let plain = SQLiteError(extendedResultCode: 5, message: "database is locked")
        #expect(plain.description == "SQLite error 5 (SQLITE_BUSY): database is locked")
        #expect(plain.isBusy)
    }
}
