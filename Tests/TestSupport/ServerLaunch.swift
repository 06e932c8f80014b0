import Foundation

/// Starts a prepared `fieldkit-server serve` process and waits for its `listening on URL` line.
public enum ServerLaunch {
    /// What a started server gives back: its URL and the reader collecting its log (stderr).
    public struct Started {
        public let url: String
        public let log: ReadInBackground
    }

    /// Runs `process` with stdout on `stdout` and stderr collected; throws with the server's own
    /// words when it exits or says something else first.
    public static func start(_ process: Process, stdout: Pipe) throws -> Started {
        process.standardOutput = stdout
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let log = ReadInBackground(stderr.fileHandleForReading)
        let line = ProcessRunner.readLine(stdout.fileHandleForReading)
        guard line.hasPrefix("listening on ") else {
            process.terminate()
            throw ServerProcessError(message: "server did not start: \(line) \(String(decoding: log.wait(), as: UTF8.self))")
        }
        return Started(url: String(line.dropFirst("listening on ".count)), log: log)
    }
}
