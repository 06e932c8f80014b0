import Foundation

/// CPU time a process has used so far, from `/proc/PID/stat`: how the machine's two cores were shared.
enum ProcessCPU {
    /// Clock ticks per second in `/proc` (USER_HZ), fixed at 100 by the Linux ABI on the platforms we run on.
    static let ticksPerSecond = 100.0

    /// User plus system seconds of process `pid` ("self" for this one); nil when `/proc` cannot say.
    static func seconds(_ pid: String = "self") -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let nameEnd = stat.lastIndex(of: ")") else { return nil }
        // After "pid (name)": state is field 3 of the file, utime field 14 and stime field 15.
        let fields = stat[stat.index(after: nameEnd)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / ticksPerSecond
    }
}
