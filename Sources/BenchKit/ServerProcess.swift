import Foundation

/// A `fieldkit-server serve --port 0` child process on its own store, stopped with SIGTERM as an admin would.
final class ServerProcess {
    struct StartFailure: Error, CustomStringConvertible {
        let description: String
    }

    let url: URL
    private let process: Process

    /// Starts the server on `storePath`, its log in a file beside the store, and waits for its "listening on" line.
    init(binary: String, storePath: String) throws {
        let logPath = storePath + ".log"
        guard FileManager.default.createFile(atPath: logPath, contents: nil),
              let log = FileHandle(forWritingAtPath: logPath) else { throw StartFailure(description: "cannot create \(logPath)") }
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0", "--store", storePath]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = log
        try process.run()
        let line = Self.readLine(output.fileHandleForReading)
        guard line.hasPrefix("listening on "), let url = URL(string: String(line.dropFirst("listening on ".count))) else {
            process.terminate()
            process.waitUntilExit()
            throw StartFailure(description: "the server did not start (it said '\(line)'); see \(logPath)")
        }
        self.url = url
    }

    deinit {
        stop()
    }

    func stop() {
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
