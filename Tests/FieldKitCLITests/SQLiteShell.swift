import Foundation

/// Runs the `sqlite3` shell on a file: an independent tool to prepare or inspect stores in tests.
enum SQLiteShell {
    @discardableResult
    static func run(_ path: String, _ sql: String) throws -> String {
        try CLIRunner.execute(URL(fileURLWithPath: "/usr/bin/sqlite3"), [path, sql], input: "", environment: [:]).stdout
    }
}
