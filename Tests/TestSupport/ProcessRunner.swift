import Foundation

/// Runs built binaries and system tools as a person would, capturing stdout, stderr and the exit code.
public enum ProcessRunner {
    /// The build folder holding the test bundle, where `swift build` also puts the executables.
    public static let buildFolder: URL = {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                          Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("fieldkit").path) }
            ?? candidates[0]
    }()

    public static func binary(_ name: String) -> URL {
        buildFolder.appendingPathComponent(name)
    }

    /// Runs `executable` with `FIELDKIT_DB`/`FIELDKIT_STORE`/`FIELDKIT_COORDINATOR` unset (unless given),
    /// the build folder first on `PATH`, and `input` on stdin.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], input: String = ""
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "FIELDKIT_DB")
        env.removeValue(forKey: "FIELDKIT_STORE")
        env.removeValue(forKey: "FIELDKIT_COORDINATOR")
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

    public static func fieldkit(_ arguments: [String], environment: [String: String] = [:], input: String = "") throws -> ProcessResult {
        try run(binary("fieldkit"), arguments, environment: environment, input: input)
    }

    public static func server(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try run(binary("fieldkit-server"), arguments, environment: environment)
    }

    /// Runs a Python 3 program: an independent oracle, e.g. its csv module for reading exports back.
    public static func python(_ program: String, _ arguments: [String]) throws -> ProcessResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", program] + arguments)
    }

    public static func curl(_ arguments: [String]) throws -> ProcessResult {
        try run(URL(fileURLWithPath: "/usr/bin/curl"), ["-sS"] + arguments)
    }

    /// Runs SQL with the `sqlite3` shell: an independent tool to prepare or inspect stores.
    @discardableResult
    public static func sqlite(_ path: String, _ sql: String) throws -> String {
        try run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [path, sql]).stdout
    }

    /// Runs `fieldkit` under `script`, which gives it a pseudo-terminal: how prompts are tested.
    public static func fieldkitOnTerminal(_ arguments: [String], input: String) throws -> ProcessResult {
        let command = ([binary("fieldkit").path] + arguments).map(shellQuoted).joined(separator: " ")
        return try run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], input: input)
    }

    public static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Reads one line from a pipe, byte by byte, so nothing after it is consumed.
    public static func readLine(_ handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while let byte = handle.readData(ofLength: 1).first, byte != 0x0A { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
