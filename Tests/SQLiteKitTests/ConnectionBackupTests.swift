import Foundation
import Testing
import SQLiteKit

/// `Connection.copy(into:)`: SQLite's online backup in one step.
@Suite struct ConnectionBackupTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    func makeSource(rows: Int) throws -> Connection {
        let source = try directory.makeConnection("source.sqlite")
        try source.execute("PRAGMA journal_mode = WAL")
        try source.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        try source.setApplicationID(0x1234)
        try source.transaction {
            for index in 0..<rows { try source.execute("INSERT INTO notes(body) VALUES (?)", [.text("note \(index)")]) }
        }
        return source
    }

    @Test func copy_IntoNewFile_HoldsEveryRowAndTheHeader() throws {
        let source = try makeSource(rows: 250)
        let copy = try directory.makeConnection("copy.sqlite")
        try source.copy(into: copy)
        try copy.close()
        let reopened = try directory.makeConnection("copy.sqlite", mode: .readOnly)
        #expect(try reopened.scalar("SELECT count(*) FROM notes").int == 250)
        #expect(try reopened.scalar("SELECT body FROM notes WHERE id = 250").string == "note 249")
        #expect(try reopened.applicationID() == 0x1234)
        #expect(try reopened.integrityCheck() == ["ok"])
    }

    @Test func copy_WhileAnotherConnectionHoldsTheWriteLock_IsTheCommittedSnapshot() throws {
        let source = try makeSource(rows: 10)
        let writer = try directory.makeConnection("source.sqlite")
        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("INSERT INTO notes(body) VALUES ('uncommitted')")
        let copy = try directory.makeConnection("copy.sqlite")
        try source.copy(into: copy)
        try writer.execute("COMMIT")
        #expect(try copy.scalar("SELECT count(*) FROM notes").int == 10, "the copy never sees an open transaction")
        #expect(try source.scalar("SELECT count(*) FROM notes").int == 11)
    }

    @Test func copy_IntoReadOnlyConnection_ThrowsReadOnly() throws {
        let source = try makeSource(rows: 1)
        try directory.makeConnection("copy.sqlite").execute("CREATE TABLE x(y)")
        let readOnly = try directory.makeConnection("copy.sqlite", mode: .readOnly)
        let error = #expect(throws: SQLiteError.self) { try source.copy(into: readOnly) }
        #expect(error?.isReadOnly == true)
    }
}
