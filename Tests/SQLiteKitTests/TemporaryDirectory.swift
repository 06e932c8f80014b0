import Foundation
import SQLiteKit

/// A fresh directory under the system temp folder, deleted with everything in it on release.
///
/// Each test gets its own, so databases, journals and WAL files never leak between tests.
final class TemporaryDirectory {
    let path: String

    private init(path: String) {
        self.path = path
    }

    /// Creates a uniquely named empty directory.
    static func make(prefix: String = "SQLiteKitTests") throws -> TemporaryDirectory {
        let name = "\(prefix)-\(UUID().uuidString)"
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return TemporaryDirectory(path: path)
    }

    /// A path for a database file inside this directory (the file is not created).
    func makeDatabasePath(_ name: String = "test.sqlite") -> String {
        (path as NSString).appendingPathComponent(name)
    }

    /// Opens a connection to a database file inside this directory.
    func makeConnection(
        _ name: String = "test.sqlite",
        mode: Connection.OpenMode = .readWriteCreate,
        busyTimeoutMilliseconds: Int32 = 5000
    ) throws -> Connection {
        try Connection(path: makeDatabasePath(name), mode: mode, busyTimeoutMilliseconds: busyTimeoutMilliseconds)
    }

    /// The names of the files currently in the directory, sorted.
    func fileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
