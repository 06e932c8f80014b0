import CrashPoints
import Foundation
import Glibc
import TestSupport

/// A running `fieldkit` or `fieldkit-server` that a crash test can SIGKILL, as `kill -9` would.
///
/// `Process.terminate` sends SIGTERM, which the server handles gracefully; a crash test needs the
/// process gone with no chance to clean up, so `kill` sends SIGKILL from here. Test code only:
/// the product never imports Glibc outside HTTPKit.
final class KillableProcess {
    let process = Process()
    let output: OutputWatcher
    let errors: OutputWatcher
    let started = Date()

    /// Starts `executable` with the environment ProcessRunner gives, plus `FIELDKIT_CRASH_AT` when `crashAt` is set.
    init(_ executable: URL, _ arguments: [String], crashAt: String? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["FIELDKIT_DB", "FIELDKIT_STORE", "FIELDKIT_COORDINATOR", "FIELDKIT_CRASH_AT"] { environment[name] = nil }
        environment["FIELDKIT_CRASH_AT"] = crashAt
        process.environment = environment
        let (stdout, stderr) = (Pipe(), Pipe())
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        output = OutputWatcher(stdout.fileHandleForReading)
        errors = OutputWatcher(stderr.fileHandleForReading)
    }

    /// Waits for the crash-point announcement of `point`; false when the process ended without reaching it.
    func waitForCrashPoint(_ point: CrashPointName, timeout: TimeInterval = 60) -> Bool {
        errors.waitFor("\(CrashPoint.announcement) \(point.rawValue)\n", timeout: timeout)
    }

    /// Sends SIGKILL and waits until the process is gone. Returns whether it was still running.
    @discardableResult
    func kill() -> Bool {
        let wasRunning = process.isRunning
        if wasRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return wasRunning && process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// Waits for the process to end by itself, at most `timeout`; its exit status, or nil if it is still running.
    func waitForExit(timeout: TimeInterval = 60) -> Int32? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        guard !process.isRunning else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Milliseconds since the process was started.
    var elapsedMilliseconds: Int { Int(Date().timeIntervalSince(started) * 1000) }
}
