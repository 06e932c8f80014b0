import Foundation
import HTTPKit

/// An nginx serving one folder on loopback, started in the foreground from a minimal config in
/// the run's temporary folder, and always stopped by the run that started it.
///
/// It is the request-rate row's baseline: a mature server answering a static file, on the same
/// machine and cores as ours. Two workers, like the two cores; access logging off, as ours logs
/// only refusals; keep-alive without a practical request limit.
final class NginxProcess {
    let port: Int
    private let process: Process
    let errorLog: String

    /// Starts nginx on a free loopback port serving `root`, and waits until it answers.
    init(binary: String, root: String, folder: String) throws {
        var lastProblem = ""
        let config = folder + "/nginx.conf"
        errorLog = folder + "/nginx-error.log"
        for _ in 0..<5 {
            let port = try Self.freePort()
            try Self.config(port: port, root: root, folder: folder).write(toFile: config, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["-p", folder + "/", "-c", config, "-e", errorLog]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if Self.waitUntilAnswering(process, port: port) {
                (self.port, self.process) = (port, process)
                return
            }
            Self.stop(process)
            lastProblem = Self.lastLine(of: errorLog)
        }
        throw RawHTTPGet.Failure(description: "nginx did not start: \(lastProblem)")
    }

    deinit {
        Self.stop(process)
    }

    /// Stops nginx (SIGTERM: the master stops its workers, then exits) and waits for it.
    func stop() {
        Self.stop(process)
    }

    /// The config: foreground, two workers, no access log, pid and temp files in `folder`.
    static func config(port: Int, root: String, folder: String) -> String {
        // nginx running as root switches its workers to `nobody`, who may not read the temp folder.
        let user = ProcStatus.ownUserID() == 0 ? "user root;\n" : ""
        return """
            daemon off;
            \(user)worker_processes 2;
            pid \(folder)/nginx.pid;
            events { worker_connections 1024; }
            http {
              access_log off;
              keepalive_requests 1000000;
              keepalive_timeout 65s;
              default_type application/json;
              server {
                listen 127.0.0.1:\(port);
                root \(root);
              }
            }

            """
    }

    /// A port the kernel just handed out for loopback; nginx binds it right after (a retry covers a lost race).
    static func freePort() throws -> Int {
        let socket = try Socket.listening(host: "127.0.0.1", port: 0)
        defer { socket.close() }
        return try socket.localPort()
    }

    private static func waitUntilAnswering(_ process: Process, port: Int) -> Bool {
        for _ in 0..<100 where process.isRunning {
            if (try? RawHTTPGet.fetch(host: "127.0.0.1", port: port, target: "/", timeout: .seconds(1))) != nil { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private static func lastLine(of path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last.map(String.init) ?? "(no error log)"
    }
}
