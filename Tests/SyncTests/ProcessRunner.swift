import Foundation

/// Runs the built binaries (fieldkit, fieldkit-server, curl, bash) and captures what they print.
struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String

    var line: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
}

enum ProcessRunner {
    /// The build folder holding the test bundle, where `swift build` also puts the executables.
    static let buildFolder: URL = {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                          Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("fieldkit-server").path) }
            ?? candidates[0]
    }()

    static func binary(_ name: String) -> URL {
        buildFolder.appendingPathComponent(name)
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], input: String = "") throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "FIELDKIT_DB")
        env.removeValue(forKey: "FIELDKIT_STORE")
        env["PATH"] = buildFolder.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env.merge(environment) { $1 }
        process.environment = env
        let (stdout, stderr, stdin) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let errors = ReadInBackground(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                             stderr: String(decoding: errors.wait(), as: UTF8.self))
    }

    static func fieldkit(_ arguments: [String], input: String = "") throws -> ProcessResult {
        try run(binary("fieldkit"), arguments, input: input)
    }

    static func server(_ arguments: [String]) throws -> ProcessResult {
        try run(binary("fieldkit-server"), arguments)
    }

    static func curl(_ arguments: [String]) throws -> ProcessResult {
        try run(URL(fileURLWithPath: "/usr/bin/curl"), ["-sS"] + arguments)
    }
}

/// Drains a pipe on another thread so a chatty child never blocks on a full pipe.
final class ReadInBackground: @unchecked Sendable {
    // Safe: `data` is written once by the reading thread before `done` is signalled, and read only after waiting on it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
