import Foundation
import Testing
import SQLiteKit

@Suite struct ConnectionPragmaTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    @Test(arguments: [0, 1, 42, Int(Int32.max), -7])
    func userVersion_SetThenRead_RoundTripsAcrossReopen(version: Int) throws {
        let connection = try directory.makeConnection()
        #expect(try connection.userVersion() == 0)
        try connection.setUserVersion(version)
        try connection.close()
        #expect(try directory.makeConnection().userVersion() == version)
    }

    @Test func setUserVersion_BeyondThirtyTwoBits_Throws() throws {
        let connection = try directory.makeConnection()
        #expect(throws: SQLiteError.self) {
            try connection.setUserVersion(Int(Int32.max) + 1)
        }
    }

    @Test(arguments: [Int32(0x4649_4B54), -1, Int32.min, 1])
    func applicationID_SetThenRead_RoundTripsAcrossReopen(id: Int32) throws {
        let connection = try directory.makeConnection()
        #expect(try connection.applicationID() == 0)
        try connection.setApplicationID(id)
        try connection.close()
        #expect(try directory.makeConnection().applicationID() == id)
    }

    @Test func integrityCheck_OnHealthyDatabase_ReturnsOK() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (1), (2)")
        #expect(try connection.integrityCheck() == ["ok"])
    }

    @Test func checkpoint_InWALMode_TruncatesTheLog() throws {
        let connection = try directory.makeConnection()
        #expect(try connection.scalar("PRAGMA journal_mode = WAL") == "wal")
        try connection.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)")
        let walPath = directory.makeDatabasePath() + "-wal"
        let sizeBefore = try FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int
        #expect((sizeBefore ?? 0) > 0)
        try connection.checkpoint()
        let sizeAfter = try FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int
        #expect(sizeAfter == 0)
    }

    @Test func checkpoint_OutsideWALMode_DoesNothing() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(x)")
        try connection.checkpoint()
    }
}
