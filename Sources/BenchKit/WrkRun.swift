import Foundation

/// One `wrk` load run: a fixed number of threads and kept-alive connections for a fixed time.
struct WrkRun {
    let wrk: String
    let threads = 2
    let connections = 50
    let seconds: Int

    /// Loads `url` with `headers` on every request and reads wrk's summary.
    func run(_ url: String, headers: [(String, String)] = []) throws -> WrkResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wrk)
        process.arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency"]
            + headers.flatMap { ["-H", "\($0.0): \($0.1)"] } + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WrkResult.Unreadable(description: "wrk exited with \(process.terminationStatus): \(text.prefix(300))")
        }
        return try WrkResult.parse(text)
    }

    /// How the run was made, for the row's note.
    var summary: String {
        "wrk -t\(threads) -c\(connections) -d\(seconds)s (keep-alive)"
    }
}
