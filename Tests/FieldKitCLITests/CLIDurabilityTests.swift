import Foundation
import Testing
import TestSupport

/// A note acknowledged by `fieldkit log` survives the process being killed with SIGKILL right after.
@Suite struct CLIDurabilityTests {
    @Test func acknowledgedNote_SurvivesSIGKILL() throws {
        let workspace = try CLIWorkspace.withOpenStand()
        var acknowledged: [String] = []
        for index in 0..<15 {
            let process = Process()
            process.executableURL = ProcessRunner.binary("fieldkit")
            process.arguments = ["log", "--db", workspace.db, "--topic", "durability", "--summary", "note \(index)"]
            let stdout = Pipe()
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait only for the acknowledgement (the id on stdout), then kill at once: the
            // process may not have closed the store or checkpointed the WAL yet.
            let line = ProcessRunner.readLine(stdout.fileHandleForReading)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if !line.isEmpty { acknowledged.append(line) }
        }
        #expect(acknowledged.count == 15)
        let stored = try ProcessRunner.sqlite(workspace.db, "SELECT id FROM records WHERE kind = 'note';")
        for id in acknowledged {
            #expect(stored.contains(id), "acknowledged note \(id) lost")
        }
        #expect(try ProcessRunner.sqlite(workspace.db, "PRAGMA integrity_check;").trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }

}
