import Foundation
import Testing
import SQLiteKit

/// The system errno behind I/O and open failures, and what it says about the disk.
@Suite struct SystemErrnoTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory.make()
    }

    @Test func cannotOpen_InMissingFolder_KeepsENOENTAndNamesItInDescription() throws {
        let path = directory.path + "/no-such-folder/test.sqlite"
        let error = #expect(throws: SQLiteError.self) {
            _ = try Connection(path: path, mode: .readWriteCreate)
        }
        #expect(error?.isCannotOpen == true)
        #expect(error?.systemErrno == 2, "ENOENT: the folder does not exist")
        #expect(error?.description.contains("errno 2") == true)
        #expect(error?.isReadOnly == false && error?.isFull == false, "a missing folder is neither full nor read-only")
    }

    @Test func constraintError_HasNoSystemErrno() throws {
        let connection = try directory.makeConnection()
        try connection.execute("CREATE TABLE t(id INTEGER PRIMARY KEY)")
        try connection.execute("INSERT INTO t VALUES (1)")
        let error = #expect(throws: SQLiteError.self) { try connection.execute("INSERT INTO t VALUES (?)", [1]) }
        #expect(error?.systemErrno == 0, "SQLite leaves a stale errno for other errors; it must not be reported")
    }

    @Test func writeError_WithSpaceErrno_IsFull() {
        for errno: Int32 in [27, 28, 122] {  // EFBIG (file-size limit), ENOSPC, EDQUOT
            let error = SQLiteError(extendedResultCode: 778, message: "disk I/O error", systemErrno: errno)
            #expect(error.isFull, "SQLITE_IOERR_WRITE with errno \(errno)")
            #expect(!error.isReadOnly)
        }
        #expect(!SQLiteError(extendedResultCode: 778, message: "disk I/O error", systemErrno: 5).isFull, "EIO is a broken disk, not a full one")
        #expect(!SQLiteError(extendedResultCode: 14, message: "unable to open", systemErrno: 28).isFull, "only I/O errors count")
    }

    @Test func writeOrOpenError_WithReadOnlyErrno_IsReadOnly() {
        for code: Int32 in [778, 14] {  // SQLITE_IOERR_WRITE, SQLITE_CANTOPEN
            for errno: Int32 in [30, 13, 1] {  // EROFS, EACCES, EPERM
                #expect(SQLiteError(extendedResultCode: code, message: "m", systemErrno: errno).isReadOnly, "code \(code) errno \(errno)")
            }
        }
        #expect(!SQLiteError(extendedResultCode: 19, message: "constraint", systemErrno: 30).isReadOnly)
        #expect(SQLiteError(extendedResultCode: 8, message: "attempt to write a readonly database").isReadOnly)
    }

    @Test func requireWritable_OnReadOnlyConnection_ThrowsReadOnly() throws {
        try directory.makeConnection().execute("CREATE TABLE t(x)")
        let writer = try directory.makeConnection(mode: .readWrite)
        #expect(!writer.isReadOnly)
        try writer.requireWritable()
        let reader = try directory.makeConnection(mode: .readOnly)
        #expect(reader.isReadOnly)
        let error = #expect(throws: SQLiteError.self) { try reader.requireWritable() }
        #expect(error?.isReadOnly == true)
    }
}
