import CrashPoints
import Foundation
import TestSupport

/// Running one kill: start the sync, kill the victim, check, restart, sync again, check.
extension CrashWorld {
    /// Runs `crash` and checks the stores right after the kill and after the recovering sync.
    func run(_ crash: CrashCase) throws {
        let device = devices[crash.device]
        if crash.victim == .server, crash.isNamed { try restartServer(crashAt: crash.crashAt) }
        let sync = try device.startSync(crashAt: crash.victim == .client ? crash.crashAt : nil)
        let outcome: String
        switch crash.trigger {
        case .point(let name, _): outcome = try killAtPoint(name, crash: crash, sync: sync)
        case .delay(let milliseconds, let victim): outcome = try killAfterDelay(milliseconds, victim: victim, sync: sync)
        }
        try checkAfterKill(device)
        if server.process == nil { try startServer() }
        let attempts = try device.syncUntilDone().attempts
        try checkAfterRecovery(device)
        print("crash case: \(crash) on \(device.name): \(outcome); recovered in \(attempts) sync\(attempts == 1 ? "" : "s")")
    }

    /// Waits until the victim announces the point, SIGKILLs it, and lets the client finish failing.
    private func killAtPoint(_ point: CrashPointName, crash: CrashCase, sync: KillableProcess) throws -> String {
        let stopping = crash.victim == .server ? server.process : sync
        guard let stopping, stopping.waitForCrashPoint(point) else {
            let status = sync.waitForExit().map(String.init) ?? "still running"
            sync.kill()
            throw CrashTestError("\(crash) on \(devices[crash.device].name): the point was never reached (sync exit \(status)): \(sync.errors.contents)")
        }
        let killed = crash.victim == .server ? server.kill() : sync.kill()
        guard killed else { throw CrashTestError("\(crash): the victim was not running when killed") }
        tally.namedKills += 1
        return "killed at the point after \(sync.elapsedMilliseconds) ms" + (try clientExit(sync, victim: crash.victim))
    }

    /// Sleeps, then SIGKILLs the victim wherever it is; counts whether the sync was still running.
    private func killAfterDelay(_ milliseconds: Int, victim: CrashCase.Victim, sync: KillableProcess) throws -> String {
        Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
        let midSync: Bool
        var exit = ""
        if victim == .server {
            server.kill()
            exit = try clientExit(sync, victim: victim)
            midSync = sync.process.terminationStatus != 0  // the sync was cut off, not finished
        } else {
            midSync = sync.kill()
        }
        tally.randomKills += 1
        if midSync { tally.randomKillsMidSync += 1 }
        return (midSync ? "killed mid-sync" : "killed after the sync had finished") + exit
    }

    /// After a server kill the client must end by itself, with 75 (try again) unless it had finished.
    private func clientExit(_ sync: KillableProcess, victim: CrashCase.Victim) throws -> String {
        guard victim == .server else { return "" }
        guard let status = sync.waitForExit() else {
            sync.kill()
            throw CrashTestError("fieldkit sync still running 60 s after the server was killed")
        }
        guard status == 0 || status == 75 else { throw CrashTestError("fieldkit sync exited \(status): \(sync.errors.contents)") }
        return ", fieldkit sync exited \(status)"
    }

    /// A random kill of `victim` during device `index`'s sync, `milliseconds` drawn from `range`.
    func randomCase(victim: CrashCase.Victim, device index: Int, within range: ClosedRange<Int>) -> CrashCase {
        CrashCase(trigger: .delay(milliseconds: Int.random(in: range, using: &generator), victim: victim), device: index)
    }

    /// Ends the run: every device syncs twice over (all push, then all pull), then all must agree.
    func finish() throws {
        for _ in 1...2 {
            for device in devices { try device.syncUntilDone() }
        }
        let central = try snapshot(server: true)
        for device in devices {
            let local = try StoreSnapshot(path: device.db, isServer: false)
            countIntegrity(local)
            checkVectorsAgree(local, central, device: device.name)
        }
        checkNotesOnce(central)
    }
}
