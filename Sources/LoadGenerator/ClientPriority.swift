import Foundation

/// Lowers the CPU priority of the simulated devices, so that on one shared machine they do not starve the server.
///
/// Linux shares CPU time per thread, not per process: 200 device threads that are always ready
/// to run would leave the server's few threads (the one holding the store, above all) a sliver
/// of two cores, and the figures would measure the scheduler rather than the server. On real
/// laptops the devices' work costs the server nothing. Linux keeps a nice value per thread and
/// a new thread inherits its creator's, so renicing every thread there is now (the server child
/// has already started) also covers the device threads started afterwards.
enum ClientPriority {
    /// Renices every thread of this process by `niceness` with `renice`; false when that was not possible.
    static func lower(by niceness: Int) -> Bool {
        guard niceness > 0 else { return true }
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        guard !threads.isEmpty,
              let renice = ["/usr/bin/renice", "/bin/renice"].first(where: FileManager.default.isExecutableFile) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renice)
        process.arguments = ["-n", String(niceness), "-p"] + threads
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
