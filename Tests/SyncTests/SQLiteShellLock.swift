import Foundation
import TestSupport

/// Another process holding a store's write lock: the `sqlite3` shell inside `BEGIN EXCLUSIVE`,
/// kept open through its standard input until `release()`.
final class SQLiteShellLock {
    private let shell = Process()
    private let input = Pipe()

    /// Starts the shell and returns once it holds the lock (it answers only after BEGIN succeeded).
    init(store: String) throws {
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        shell.arguments = [store]
        let output = Pipe()
        shell.standardInput = input
        shell.standardOutput = output
        shell.standardError = output
        try shell.run()
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n".utf8))
        let answer = ProcessRunner.readLine(output.fileHandleForReading)
        guard answer == "locked" else {
            release()
            throw FaultSetupError(description: "sqlite3 did not take the lock: \(answer)")
        }
    }

    deinit {
        release()
    }

    /// Rolls back, ends the shell and waits for it: the lock is gone when this returns.
    func release() {
        guard shell.isRunning else { return }
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        shell.waitUntilExit()
    }
}
