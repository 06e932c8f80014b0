import Testing
import SQLiteKit

@Suite struct TransactionTests {
    struct NoteRejected: Error, Equatable {
        let reason: String
    }

    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    func makeNotesConnection() throws -> Connection {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE notes(body TEXT)")
        return connection
    }

    func bodies(_ connection: Connection) throws -> [SQLiteValue] {
        try connection.query("SELECT body FROM notes ORDER BY rowid").map { $0[0] }
    }

    @Test(arguments: [Connection.TransactionKind.deferred, .immediate, .exclusive])
    func transaction_WhenBodySucceeds_CommitsAndReturnsItsValue(kind: Connection.TransactionKind) throws {
        let connection = try makeNotesConnection()
        let result = try connection.transaction(kind) {
            #expect(connection.isInTransaction)
            try connection.execute("INSERT INTO notes VALUES (?)", ["kept"])
            return 42
        }
        #expect(result == 42)
        #expect(!connection.isInTransaction)
        let other = try directory.makeConnection()
        #expect(try bodies(other) == ["kept"])
    }

    @Test func transaction_WhenBodyThrows_RollsBackAndRethrowsOriginalError() throws {
        let connection = try makeNotesConnection()
        #expect(throws: NoteRejected(reason: "incomplete")) {
            try connection.transaction {
                try connection.execute("INSERT INTO notes VALUES (?)", ["discarded"])
                throw NoteRejected(reason: "incomplete")
            }
        }
        #expect(!connection.isInTransaction)
        #expect(try bodies(connection) == [])
    }

    @Test func transaction_WhenStatementFails_RollsBackEarlierWrites() throws {
        let connection = try makeNotesConnection()
        let error = #expect(throws: SQLiteError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO notes VALUES ('first')")
                try connection.execute("INSERT INTO missing VALUES ('second')")
            }
        }
        #expect(error?.message.contains("no such table") == true)
        #expect(try bodies(connection) == [])
    }

    @Test func transaction_Nested_InnerThrowRollsBackOnlyInnerPart() throws {
        let connection = try makeNotesConnection()
        try connection.transaction {
            try connection.execute("INSERT INTO notes VALUES ('outer before')")
            #expect(throws: NoteRejected.self) {
                try connection.transaction {
                    try connection.execute("INSERT INTO notes VALUES ('inner')")
                    throw NoteRejected(reason: "inner")
                }
            }
            #expect(connection.isInTransaction)
            try connection.execute("INSERT INTO notes VALUES ('outer after')")
        }
        #expect(try bodies(connection) == ["outer before", "outer after"])
    }

    @Test func transaction_Nested_InnerSuccessCommitsWithOuter() throws {
        let connection = try makeNotesConnection()
        try connection.transaction {
            try connection.transaction {
                try connection.transaction {
                    try connection.execute("INSERT INTO notes VALUES ('deep')")
                }
            }
            #expect(connection.isInTransaction)
        }
        #expect(try bodies(connection) == ["deep"])
    }

    @Test func transaction_OuterThrowsAfterInnerSucceeded_RollsBackEverything() throws {
        let connection = try makeNotesConnection()
        #expect(throws: NoteRejected.self) {
            try connection.transaction {
                try connection.transaction {
                    try connection.execute("INSERT INTO notes VALUES ('inner')")
                }
                throw NoteRejected(reason: "outer")
            }
        }
        #expect(try bodies(connection) == [])
    }

    @Test func transaction_WhenCommitFails_RollsBackAndThrowsCommitError() throws {
        let connection = try directory.makeConnection()
        try connection.execute("""
            PRAGMA foreign_keys = ON;
            CREATE TABLE residents(id INTEGER PRIMARY KEY);
            CREATE TABLE notes(resident INTEGER REFERENCES residents(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        let error = #expect(throws: SQLiteError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO notes VALUES (?)", [99])
            }
        }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.sql == "COMMIT TRANSACTION")
        #expect(!connection.isInTransaction)
        #expect(try connection.scalar("SELECT count(*) FROM notes") == 0)
    }
}
