import Foundation

/// Measures the CPU the server and the devices use over the play, and the machine's load around it.
struct CPUUsage {
    private let serverPID: Int32?
    private let serverBefore: Double?
    private let devicesBefore: Double?
    private let loadBefore: Double?

    static func start(server: ServerUnderTest?) -> CPUUsage {
        let pid = server?.processID
        return CPUUsage(serverPID: pid, serverBefore: pid.flatMap { ProcessCPU.seconds(String($0)) },
                        devicesBefore: ProcessCPU.seconds(), loadBefore: loadAverage())
    }

    func finish() -> LoadReport.CPU {
        var cpu = LoadReport.CPU()
        if let serverPID, let before = serverBefore, let after = ProcessCPU.seconds(String(serverPID)) {
            cpu.serverSeconds = after - before
        }
        if let before = devicesBefore, let after = ProcessCPU.seconds() { cpu.devicesSeconds = after - before }
        cpu.cores = ProcessInfo.processInfo.activeProcessorCount
        (cpu.loadAverageBefore, cpu.loadAverageAfter) = (loadBefore, Self.loadAverage())
        return cpu
    }

    /// The 1-minute load average: how busy the machine was with everything, not only this run.
    static func loadAverage() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }
}
