import Foundation
import TestSupport

/// A real `fieldkit-server serve --port 0` whose store folder can be made to fail: optionally on a
/// small tmpfs of its own (in a private mount namespace), always open to `prlimit` by its pid.
///
/// Tools that must see the store as the server does (enroll, the sqlite3 shell) run through
/// `tool`, which enters the server's mount namespace when it has one.
final class FaultServer {
    let folder = TemporaryFolder(prefix: "fieldkit-fault")
    let storeFolder: String
    let store: String
    let onTmpfs: Bool
    private(set) var url = ""
    private let process = Process()
    private let stdout = Pipe()
    private var log: ReadInBackground?

    var pid: Int32 { process.processIdentifier }

    /// Execs its arguments with every signal unblocked and SIGPIPE and SIGXFSZ at their default
    /// action, as systemd or a shell starts the server. A child of the test inherits the blocked
    /// signals of the test's worker thread, which would hide a server that forgets to ignore
    /// SIGXFSZ (default action: die) behind a signal that stays pending.
    static let withDefaultSignals = [
        "/usr/bin/env", "python3", "-c",
        "import os, signal, sys; [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGPIPE, signal.SIGXFSZ)]; "
            + "signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])",
    ]

    /// Starts the server; with `tmpfsSize` (e.g. "2m") its store folder is a tmpfs of that size.
    init(tmpfsSize: String? = nil) throws {
        storeFolder = folder.file("store")
        try FileManager.default.createDirectory(atPath: storeFolder, withIntermediateDirectories: true)
        store = storeFolder + "/server.sqlite"
        onTmpfs = tmpfsSize != nil
        var command = [ProcessRunner.binary("fieldkit-server").path, "serve", "--port", "0", "--store", store]
        if let tmpfsSize {
            command = ["/usr/bin/unshare"] + MountNamespace.launcher(
                #"mount -t tmpfs -o size="$1" tmpfs "$2" && shift 2 && exec "$@""#, [tmpfsSize, storeFolder] + command)
        }
        command = Self.withDefaultSignals + command
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        try start()
    }

    private func start() throws {
        let started = try ServerLaunch.start(process, stdout: stdout)
        (url, log) = (started.url, started.log)
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Runs `executable` as the server sees the file system (inside its mount namespace when on tmpfs).
    func tool(_ executable: String, _ arguments: [String]) throws -> ProcessResult {
        if onTmpfs { return try MountNamespace.enter(pid, executable, arguments) }
        return try ProcessRunner.run(URL(fileURLWithPath: executable), arguments)
    }

    func enroll(_ officer: String) throws -> String {
        try tool(ProcessRunner.binary("fieldkit-server").path, ["enroll", "--officer", officer, "--store", store]).line
    }

    /// Runs SQL on the store with the sqlite3 shell, as an independent reader.
    func sqlite(_ sql: String) throws -> String {
        try tool("/usr/bin/sqlite3", [store, sql]).line
    }

    /// How many records (notes and stands) the store holds, and how many distinct ids.
    func recordCounts() throws -> (records: Int, ids: Int) {
        let parts = try sqlite("SELECT count(*) || ' ' || count(DISTINCT id) FROM records").split(separator: " ")
        return (Int(parts.first ?? "") ?? -1, Int(parts.last ?? "") ?? -1)
    }

    /// The status of GET /v1/health, as curl saw it ("000" when nothing answered).
    func healthStatus() throws -> String {
        try ProcessRunner.curl(["-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", url + "/v1/health"]).line
    }

    /// Sends SIGTERM and waits; returns the exit status and what the server logged.
    func stop() -> (status: Int32, log: String) {
        process.terminate()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: log?.wait() ?? Data(), as: UTF8.self))
    }
}
