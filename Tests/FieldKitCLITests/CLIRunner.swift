import Foundation

/// Runs the built `fieldkit` binary as a person would, capturing stdout, stderr and the exit code.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String

    var stdoutLine: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }
}

enum CLIRunner {
    /// The built binary, found beside the test bundle (both live in the build folder).
    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("fieldkit")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("fieldkit binary not found beside \(candidates.map(\.path)); run 'swift build' first")
    }()

    /// Runs `fieldkit arguments...` with `FIELDKIT_DB` unset unless given, and `input` on stdin.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> CLIResult {
        try execute(binary, arguments, input: input, environment: environment)
    }

    /// Runs `fieldkit` under `script`, which gives it a pseudo-terminal: how prompts are tested.
    static func runOnTerminal(_ arguments: [String], input: String) throws -> CLIResult {
        let command = ([binary.path] + arguments).map(shellQuoted).joined(separator: " ")
        return try execute(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], input: input, environment: [:])
    }

    static func execute(_ executable: URL, _ arguments: [String], input: String, environment: [String: String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "FIELDKIT_DB")
        env.merge(environment) { $1 }
        process.environment = env
        let (stdout, stderr, stdin) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
