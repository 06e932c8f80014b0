import Foundation

/// A real `fieldkit-server serve` on an ephemeral port, with its own temporary store.
public final class ServerProcess {
    public let folder: String
    public let store: String
    let process = Process()
    public private(set) var url = ""
    private let stdout = Pipe()
    private var stderrReader: ReadInBackground?

    /// Starts the server on `store` (default: a new store in its own temporary folder, removed
    /// with it); `prepare` gets the store's path first, to fill it before the server opens it.
    public init(store: String? = nil, prepare: (String) throws -> Void = { _ in }) throws {
        folder = NSTemporaryDirectory() + "fieldkit-sync-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.store = store ?? folder + "/server.sqlite"
        try prepare(self.store)
        process.executableURL = ProcessRunner.binary("fieldkit-server")
        process.arguments = ["serve", "--port", "0", "--store", self.store]
        let started = try ServerLaunch.start(process, stdout: stdout)
        (url, stderrReader) = (started.url, started.log)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Enrolls someone on this server's store and returns the token.
    public func enroll(_ officer: String, role: String = "officer") throws -> String {
        try ProcessRunner.server(["enroll", "--officer", officer, "--role", role, "--store", store]).line
    }

    /// Sends SIGTERM and waits; returns the exit status and what the server logged.
    public func stop() -> (status: Int32, log: String) {
        process.terminate()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderrReader?.wait() ?? Data(), as: UTF8.self))
    }

}

public struct ServerProcessError: Error {
    public let message: String
}
