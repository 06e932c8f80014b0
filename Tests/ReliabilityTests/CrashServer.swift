import CrashPoints
import Foundation
import TestSupport

/// `fieldkit-server serve` on one store that outlives its processes: started, killed, restarted.
///
/// The first start asks for port 0. A restart asks for the same port again, as an admin restarting
/// the service would, so devices keep their server address and their checkpoints (a device given
/// a new address must treat it as a new server and start over, which would hide what a crash did
/// to its checkpoints). If the port was taken meanwhile, the restart falls back to port 0 and
/// `addressChanged` tells the caller to reconnect the devices.
final class CrashServer {
    let store: String
    private(set) var port = 0
    private(set) var process: KillableProcess?
    private(set) var addressChanged = false

    init(store: String) {
        self.store = store
    }

    deinit {
        process?.kill()
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// Starts the server (stopping at `crashAt`, if given) and waits until it listens.
    func start(crashAt: String? = nil) throws {
        addressChanged = false
        if port != 0, try launch(port: port, crashAt: crashAt) { return }
        let previous = port
        guard try launch(port: 0, crashAt: crashAt) else { throw CrashTestError("fieldkit-server did not start on port 0") }
        addressChanged = previous != 0
    }

    /// SIGKILLs the server, as `kill -9` does; returns whether it was still running.
    @discardableResult
    func kill() -> Bool {
        defer { process = nil }
        return process?.kill() ?? false
    }

    /// Stops the server gracefully (SIGTERM) and waits.
    func stop() {
        process?.process.terminate()
        process?.process.waitUntilExit()
        process = nil
    }

    /// Enrolls an officer on this store and returns the token.
    func enroll(_ officer: String) throws -> String {
        try ProcessRunner.server(["enroll", "--officer", officer, "--store", store]).line
    }

    private func launch(port requested: Int, crashAt: String?) throws -> Bool {
        let server = try KillableProcess(ProcessRunner.binary("fieldkit-server"),
                                         ["serve", "--port", String(requested), "--store", store], crashAt: crashAt)
        guard server.output.waitFor("\n", timeout: 30),
              let line = server.output.contents.split(separator: "\n").first, line.hasPrefix("listening on http://127.0.0.1:"),
              let listening = Int(line.split(separator: ":").last ?? "") else {
            server.kill()
            return false
        }
        port = listening
        process = server
        return true
    }
}
