import Foundation

/// A `fieldkit-server serve --port 0` child process with its own store, started and stopped by the run
/// (the load generator's and the benchmark's).
///
/// Its log goes to a file next to the store, so a chatty server never blocks on a full pipe and
/// the run can count, from the server's side, the 5xx answers and refused connections.
package final class ServerUnderTest {
    package let url: URL
    let logPath: String
    private let process: Process

    /// Starts the server on `storePath` and waits for its "listening on" line.
    package init(binary: URL, storePath: String, maxConnections: Int? = nil) throws {
        logPath = storePath + ".log"
        guard FileManager.default.createFile(atPath: logPath, contents: nil),
              let log = FileHandle(forWritingAtPath: logPath) else { throw LoadFailure.io("cannot create \(logPath)") }
        process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "--store", storePath]
            + (maxConnections.map { ["--max-connections", String($0)] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw LoadFailure.unavailable("cannot start \(binary.path): \(error.localizedDescription)")
        }
        let line = Self.readLine(output.fileHandleForReading)
        guard line.hasPrefix("listening on "), let url = URL(string: String(line.dropFirst("listening on ".count))) else {
            Self.stop(process)
            throw LoadFailure.unavailable("the server did not start (it said '\(line)'); see \(logPath)")
        }
        self.url = url
    }

    deinit {
        stopNow()
    }

    var isRunning: Bool { process.isRunning }

    /// The server's process id, e.g. to read its CPU time from `/proc`.
    var processID: Int32 { process.processIdentifier }

    /// The server's process id, for the benchmark's reads of `/proc/<pid>/status` (peak memory).
    package var processIdentifier: Int32 { process.processIdentifier }

    /// Stops the server as an admin would (SIGTERM: finish requests in flight, close the store); returns its exit status.
    @discardableResult
    package func stop() -> Int32 {
        stopNow()
        return process.terminationStatus
    }

    /// The server's log lines so far.
    func logLines() -> [Substring] {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n")
    }

    private func stopNow() {
        Self.stop(process)
    }

    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// Reads one line byte by byte, so nothing after it is consumed.
    private static func readLine(_ handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while let byte = handle.readData(ofLength: 1).first, byte != 0x0A { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
